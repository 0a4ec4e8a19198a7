//! The binary's thread pool, set up on the main thread as `glossa` does it: the main
//! thread is worker 0 of rayon's global pool, and (where the kernel offers transparent huge
//! pages) what it allocates afterwards lies in memory advised for them. A test of its own
//! without libtest's harness, whose tests run on spawned threads.

#[path = "../src/tuning.rs"]
#[allow(dead_code, unused_imports)]
mod tuning;

fn main() {
    tuning::allocator();
    tuning::worker_pool();

    // The main thread works in the pool, beside one thread per other core.
    assert_eq!(rayon::current_thread_index(), Some(0), "main is worker 0");
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    assert_eq!(rayon::current_num_threads(), cores);
    // Parallel work from the main thread runs and joins as before.
    use rayon::prelude::*;
    let sum: u64 = (1..=10_000u64).into_par_iter().sum();
    assert_eq!(sum, 50_005_000);

    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    main_heap_is_advised();
    println!("main_thread_pool: ok");
}

/// A block the main thread allocates after the setup is in a mapping eligible for huge
/// pages (`THPeligible: 1` in `/proc/self/smaps`), when THP is on at all.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn main_heap_is_advised() {
    if !tuning::thp_available() {
        println!("main_thread_pool: no transparent huge pages here, advice not checked");
        return;
    }
    let block: Vec<u8> = std::hint::black_box(Vec::with_capacity(64 << 10));
    let addr = block.as_ptr() as usize;
    assert_eq!(
        tuning::thp_eligible(addr),
        Some(true),
        "main heap block at {addr:#x}"
    );
}
