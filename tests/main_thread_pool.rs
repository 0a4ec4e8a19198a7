//! The binary's thread pool, set up on the main thread as `glossator` does it: the main
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
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    padding_ends_at_the_boundary();
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

/// Whatever the distance from the heap's last block to the boundary (the program break,
/// and so that distance, moves from run to run), the padding leaves the next block
/// starting at or just past the boundary: never below it, where it would lie outside the
/// advised memory, and without wasting a page above it, also when freed chunks below could
/// serve a small request. On the main thread, whose heap nothing else allocates from now.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn padding_ends_at_the_boundary() {
    const KB: usize = 1 << 10;
    for gap in [
        0,
        1,
        8,
        24,
        100,
        4000,
        60 * KB,
        64 * KB,
        100 * KB,
        120 * KB - 1,
        120 * KB,
        120 * KB + 1,
        124 * KB,
        130 * KB,
        500 * KB,
        2048 * KB - 4096,
    ] {
        // Chunks freed below the probe, as a heap in use has them: glibc's per-thread cache
        // holds the small one and its unsorted bin the other, and either could serve a
        // small request instead of the top.
        // SAFETY: plain `malloc` and `free` of the blocks it returned; `guard` keeps the
        // freed ones from merging with the top.
        unsafe {
            let (small, mid) = (libc::malloc(100), libc::malloc(2048));
            let _guard = libc::malloc(16);
            libc::free(small);
            libc::free(mid);
        }
        // SAFETY: plain `malloc`; `malloc_usable_size` of the live block it returned.
        let probe = unsafe { libc::malloc(4096) } as usize;
        let end = probe + unsafe { libc::malloc_usable_size(probe as *mut libc::c_void) };
        let boundary = end + gap;
        tuning::pad_to(boundary, probe);
        // SAFETY: plain `malloc`; the blocks of this test are left to the process's end.
        let next = unsafe { libc::malloc(64 * KB) } as usize;
        assert!(
            (boundary..boundary + 4096).contains(&next),
            "gap {gap}: next block at {:+} bytes from the boundary",
            next as isize - boundary as isize
        );
    }
}
