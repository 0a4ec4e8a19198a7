//! How the process uses memory and threads: glibc's allocator settings, the thread pool, and
//! huge pages for its threads' heaps. A check is short and allocation-heavy (every file's
//! text and model is kept until the locale is compared), so how memory is obtained from the
//! kernel is a visible part of its run time. The memory settings are for Linux with glibc
//! only; elsewhere they do nothing.

/// glibc grows each thread's heap 128 KB at a time by default, one `mprotect` each: 676
/// system calls for one locale of www-l10n, a third of its system time. Growing in 32 MB
/// steps (address space, not memory: untouched pages cost nothing) and trimming only above
/// 64 MB takes that to about ten; peak memory is unchanged (61 MB for all 106 locales).
pub fn allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets allocator parameters; it runs first thing in `main`,
    // before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, 32 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 64 << 20);
    }
}

/// A huge page on x86-64 and on arm64 with 4 KB pages (elsewhere the padding is only
/// useless).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const HUGE: usize = 2 << 20;
/// Below the size glibc serves by `mmap` (128 KB), so taken from the arena's top.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const PAD: usize = 120 << 10;

/// Starts rayon's pool with the main thread as its worker 0 and one more thread per core,
/// each with its heap on transparent huge pages unless `GLOSSATOR_HUGE_PAGES=0`.
///
/// The main thread is a worker: a run of one locale lasts a few milliseconds, and on a
/// virtual machine each hand-over between a sleeping thread and a working one costs 40 us
/// or more (a futex round trip between two idle vCPUs took 80 us here). A main thread
/// outside the pool handed every parallel step over and slept until it was done; as worker
/// 0 it does its share of the step instead, and one thread fewer is started (rayon's
/// `build_global` waits until each has started). One locale of www-l10n: 6.88 -> 6.59 ms.
/// Going on while the new thread starts (a pool made with `build`, or the main heap advised
/// meanwhile) was slower, 7.2-7.4 against 6.0 ms: the new thread then often waited on the
/// busy main thread's vCPU.
///
/// The workers allocate nearly all of a check's memory (file texts, models), 4 KB page by
/// 4 KB page: one locale of www-l10n took 1,150 page faults, at about 3 us each on a VM a
/// fifth of its CPU time. In the kernel's default THP mode (`madvise`) memory advised with
/// `MADV_HUGEPAGE` comes 2 MB at a time instead: 1,330 faults fell to 250 and the run from
/// 9.4 to 7.7 ms. glibc advises its heaps itself only under
/// `GLIBC_TUNABLES=glibc.malloc.hugetlb=1`, which a program cannot set for itself, so each
/// spawned worker advises the mapping its own arena lives in ([`advise_own_heap`]) and the
/// main thread its part of the main heap ([`advise_main_heap`]).
pub fn worker_pool() {
    let huge = std::env::var_os("GLOSSATOR_HUGE_PAGES").is_none_or(|v| v != "0");
    if huge {
        advise_main_heap();
    }
    let builder = rayon::ThreadPoolBuilder::new().use_current_thread();
    let builder = if huge {
        builder.start_handler(|_| advise_own_heap())
    } else {
        builder
    };
    // Fails only if the pool exists already, and then it is used as it is.
    let _ = builder.build_global();
}

/// Advises the anonymous mapping that holds this thread's first allocation (its glibc
/// arena's heap: a mapping of its own per thread) for huge pages, with the reserve right
/// after it that the heap grows into. The mapping is looked up in `/proc/self/maps`, not
/// inferred from glibc's internals; anything unexpected (the main heap, a file mapping, no
/// procfs) leaves memory as it is.
///
/// The 2 MB around the arena's header hold 4 KB pages already and would stay so: the rest
/// of them is taken by blocks that are never freed and never touched but for their
/// headers (address space, not memory), so that what the thread allocates afterwards
/// starts on a huge page.
/// (`MADV_COLLAPSE` of those 2 MB did the same but costs one more huge page to clear,
/// 0.14 ms of the one-locale run.)
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn advise_own_heap() {
    // Above glibc's per-thread cache (1 KB), which may hold chunks of other arenas that
    // this thread freed: taken from this thread's arena itself.
    let probe: Vec<u8> = std::hint::black_box(Vec::with_capacity(4096));
    let addr = probe.as_ptr() as usize;
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else {
        return;
    };
    let Some(heap) = thread_heap(&maps, addr) else {
        return;
    };
    // The mapping comes from the kernel's own list.
    advise_and_pad(heap, (addr + HUGE) & !(HUGE - 1), addr);
    drop(probe);
}

/// Advises the main heap (glibc's main arena, grown with `brk`) for huge pages from the
/// first 2 MB boundary above what it holds now to the end of the 32 MB that
/// [`allocator`]'s `M_TOP_PAD` makes it grow by, and pads up to that boundary as
/// [`advise_own_heap`] does. The range comes from the program break (`sbrk(0)`, no system
/// call) and a probe allocation, so no `/proc/self/maps` read is on the main thread's way;
/// a probe that is not below the break (glibc's main arena falls back to `mmap` when `brk`
/// fails) leaves memory as it is. Call it before the pool exists: it reads the break,
/// which only the main arena moves.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn advise_main_heap() {
    // SAFETY: `sbrk(0)` only reads the current program break.
    let brk = || unsafe { libc::sbrk(0) } as usize;
    // The heap grows when its free top is used up: take blocks until it has (by the 32 MB
    // pad, as `allocator` ran first), then give them back to the top.
    let before = brk();
    let mut taken = Vec::new();
    while brk() == before && taken.len() < 64 {
        // SAFETY: plain `malloc`, freed right below.
        let block = unsafe { libc::malloc(PAD) };
        if block.is_null() {
            break;
        }
        taken.push(block);
    }
    for block in taken {
        // SAFETY: each block came from `malloc` above and is freed once.
        unsafe { libc::free(block) };
    }
    let end = brk();
    let probe: Vec<u8> = std::hint::black_box(Vec::with_capacity(4096));
    let addr = probe.as_ptr() as usize;
    // The range lies between an allocation of the main heap and the program break, so
    // inside the heap's mapping.
    if let Some(range) = main_heap_range(addr, end) {
        let boundary = range.start;
        advise_and_pad(range, boundary, addr);
    }
    drop(probe);
}

/// The whole huge pages between a main-heap allocation at `addr` and the program break
/// `end`, from the first 2 MB boundary above `addr`; `None` when `addr` is not in the 64 MB
/// below the break (not the main heap) or no whole huge page fits.
#[cfg_attr(not(all(target_os = "linux", target_env = "gnu")), allow(dead_code))]
fn main_heap_range(addr: usize, end: usize) -> Option<std::ops::Range<usize>> {
    const HUGE: usize = 2 << 20;
    if addr >= end || end - addr > 64 << 20 {
        return None;
    }
    let start = (addr + HUGE) & !(HUGE - 1);
    let stop = end & !(HUGE - 1);
    (stop > start).then_some(start..stop)
}

/// Advises `range`, part of a heap of this process, for huge pages and pads this thread's
/// heap from `last` up to `boundary` ([`pad_to`]); a kernel without huge pages refuses the
/// advice, and then there is nothing to pad for.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn advise_and_pad(range: std::ops::Range<usize>, boundary: usize, last: usize) {
    // SAFETY: `MADV_HUGEPAGE` changes how the kernel backs pages of a mapping this process
    // owns, never their contents.
    let advised = unsafe {
        libc::madvise(
            range.start as *mut libc::c_void,
            range.len(),
            libc::MADV_HUGEPAGE,
        )
    };
    if advised == 0 {
        pad_to(boundary, last);
    }
}

/// Takes blocks of this thread's heap, never freed, until its free top starts at or past
/// `boundary`: whole `PAD` blocks, then one that ends just past it (the heap grows upwards
/// from `last`, a live block of this thread's, the most recent). Stopping one block short
/// left up to 124 KB below the boundary, where the next allocation then began: a 64 KB
/// block of the main heap started outside the advised range in about one run in 15 (where
/// depends on where the kernel places the program break).
/// A block is at least 1,040 bytes, above what glibc serves from its per-thread cache and
/// small bins, so that it comes from the top rather than from a chunk freed earlier; one
/// that still comes from below is kept out of the way and the next one taken. At most
/// 2 MB / `PAD` + 8 blocks.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub(crate) fn pad_to(boundary: usize, mut last: usize) {
    const MIN: usize = 1040;
    for _ in 0..HUGE / PAD + 8 {
        // SAFETY: `last` is a live `malloc` block: the caller's, or one taken below and
        // never freed.
        let end = last + unsafe { libc::malloc_usable_size(last as *mut libc::c_void) };
        if end >= boundary {
            break;
        }
        // SAFETY: plain `malloc`; the block is deliberately never freed (see
        // `advise_own_heap`).
        let block = unsafe { libc::malloc((boundary - end).clamp(MIN, PAD)) } as usize;
        if block == 0 || block >= boundary {
            break;
        }
        if block > last {
            last = block;
        }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn advise_own_heap() {}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn advise_main_heap() {}

/// The writable anonymous mapping of `/proc/self/maps` (`maps`) that contains `addr`,
/// extended by the inaccessible anonymous mapping right after it (a glibc heap's reserve).
/// `None` for the main heap (`[heap]`), stacks, files, or an address outside every mapping.
#[cfg_attr(not(all(target_os = "linux", target_env = "gnu")), allow(dead_code))]
fn thread_heap(maps: &str, addr: usize) -> Option<std::ops::Range<usize>> {
    // `start-end perms offset dev inode [path]`, in address order.
    fn parse(line: &str) -> Option<(std::ops::Range<usize>, &str, bool)> {
        let mut f = line.split_ascii_whitespace();
        let range = address_range(f.next()?)?;
        let perms = f.next()?;
        let inode = f.nth(2)?;
        let anonymous = inode == "0" && f.next().is_none();
        Some((range, perms, anonymous))
    }
    let mut lines = maps.lines().filter_map(parse);
    let (mut heap, perms, anonymous) = lines.find(|(r, _, _)| r.contains(&addr))?;
    if !anonymous || !perms.starts_with("rw") {
        return None;
    }
    if let Some((next, perms, true)) = lines.next() {
        if next.start == heap.end && perms.starts_with("---") {
            heap.end = next.end;
        }
    }
    Some(heap)
}

/// The addresses of a `/proc/self/maps` (or `smaps`) mapping line's first field,
/// `start-end` in hexadecimal.
#[cfg_attr(not(all(target_os = "linux", target_env = "gnu")), allow(dead_code))]
fn address_range(field: &str) -> Option<std::ops::Range<usize>> {
    let (start, end) = field.split_once('-')?;
    Some(usize::from_str_radix(start, 16).ok()?..usize::from_str_radix(end, 16).ok()?)
}

/// Whether the kernel backs advised memory with transparent huge pages (`madvise` or
/// `always` mode): the huge-page tests check nothing elsewhere.
#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
pub(crate) fn thp_available() -> bool {
    let mode = std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled");
    mode.is_ok_and(|m| m.contains("[madvise]") || m.contains("[always]"))
}

/// `THPeligible` of the mapping that holds `addr`, from `/proc/self/smaps`; `None` when
/// no mapping holds it or the kernel does not say.
#[cfg(all(test, target_os = "linux", target_env = "gnu"))]
pub(crate) fn thp_eligible(addr: usize) -> Option<bool> {
    let smaps = std::fs::read_to_string("/proc/self/smaps").ok()?;
    let mut inside = false;
    for line in smaps.lines() {
        let first = line.split_ascii_whitespace().next().unwrap_or("");
        if let Some(range) = address_range(first) {
            inside = range.contains(&addr);
            continue;
        }
        if inside {
            if let Some(v) = line.strip_prefix("THPeligible:") {
                return Some(v.trim() == "1");
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{main_heap_range, thread_heap};

    /// A thread's allocations land in a mapping the kernel then backs with huge pages
    /// (`THPeligible` in `/proc/self/smaps`), where THP is available at all.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[test]
    fn a_worker_heap_becomes_eligible_for_huge_pages() {
        if !super::thp_available() {
            return;
        }
        let eligible = std::thread::spawn(|| {
            super::advise_own_heap();
            let block: Vec<u8> = std::hint::black_box(Vec::with_capacity(64 << 10));
            super::thp_eligible(block.as_ptr() as usize)
        })
        .join()
        .expect("thread");
        assert_eq!(eligible, Some(true));
    }

    const MAPS: &str = "\
00400000-00c00000 r-xp 00000000 fd:01 1234 /usr/bin/glossator
01b6e000-03b8f000 rw-p 00000000 00:00 0 [heap]
7f0fe4000000-7f0fe6001000 rw-p 00000000 00:00 0
7f0fe6001000-7f0fe8000000 ---p 00000000 00:00 0
7f0fe8000000-7f0fe8021000 rw-p 00000000 00:00 0
7f0fec000000-7f0fec100000 rw-p 00000000 00:00 0
7f0fec100000-7f0fec200000 r--p 00000000 fd:01 99 /usr/lib/locale/x
7ffd6c3a0000-7ffd6c3c1000 rw-p 00000000 00:00 0 [stack]
";

    #[test]
    fn a_thread_heap_is_its_anonymous_mapping_and_the_reserve_after_it() {
        // With its reserve.
        assert_eq!(
            thread_heap(MAPS, 0x7f0fe4000a10),
            Some(0x7f0fe4000000..0x7f0fe8000000)
        );
        // Without one: the next mapping is a different heap, or a file.
        assert_eq!(
            thread_heap(MAPS, 0x7f0fe8000010),
            Some(0x7f0fe8000000..0x7f0fe8021000)
        );
        assert_eq!(
            thread_heap(MAPS, 0x7f0fec0000f0),
            Some(0x7f0fec000000..0x7f0fec100000)
        );
    }

    #[test]
    fn the_main_heap_stacks_files_and_unmapped_addresses_are_left_alone() {
        for addr in [
            0x01b6e100,
            0x7ffd6c3a0100,
            0x00400100,
            0x7f0fec100100,
            0x10,
            0x7f0fe6001100,
        ] {
            assert_eq!(thread_heap(MAPS, addr), None, "{addr:#x}");
        }
        assert_eq!(thread_heap("", 0x7f0fe4000a10), None);
        assert_eq!(thread_heap("garbage\n1-2\n", 1), None);
    }

    #[test]
    fn the_main_heap_range_is_whole_huge_pages_between_the_probe_and_the_break() {
        const MB: usize = 1 << 20;
        // From the first 2 MB boundary above the probe to the last one below the break.
        assert_eq!(
            main_heap_range(0x5000_0000 + 300 * 1024, 0x5000_0000 + 33 * MB),
            Some(0x5000_0000 + 2 * MB..0x5000_0000 + 32 * MB)
        );
        // A probe on a boundary starts at the next one: its own page holds 4 KB pages.
        assert_eq!(
            main_heap_range(0x5000_0000, 0x5000_0000 + 8 * MB),
            Some(0x5000_0000 + 2 * MB..0x5000_0000 + 8 * MB)
        );
        // No whole huge page left, a probe above the break or far below it (an `mmap`ed
        // arena, not the main heap): nothing to advise.
        assert_eq!(main_heap_range(0x5000_0000, 0x5000_0000 + 3 * MB), None);
        assert_eq!(main_heap_range(0x5000_0000 + 4 * MB, 0x5000_0000), None);
        assert_eq!(main_heap_range(0x1000_0000, 0x1000_0000 + 65 * MB), None);
    }
}
