//! Links the `glossator` binary as a position-dependent executable on Linux with glibc.
//!
//! As a position-independent executable, every run first relocated 33,000 pointers (most
//! in ICU4X's compiled locale data) and copied the 870 KB of pages they live in: 1.5 ms,
//! more than a tenth of checking one locale of a 100-locale project. glossator is a
//! memory-safe command that runs for milliseconds; the saving is measured in
//! `benches/compare-locales.sh`. Set `GLOSSATOR_PIE=1` when building to keep a PIE. A static
//! build (`+crt-static`, as `scripts/dist.sh` makes) is left to rustc's own relocation
//! model: `-no-pie` beside `-static-pie` links a binary that crashes at start.
fn main() {
    println!("cargo::rerun-if-env-changed=GLOSSATOR_PIE");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
        && std::env::var_os("GLOSSATOR_PIE").is_none()
        // A static executable (scripts/dist.sh) gets its relocation model from rustc.
        && !var("CARGO_CFG_TARGET_FEATURE")
            .split(',')
            .any(|f| f == "crt-static")
    {
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
