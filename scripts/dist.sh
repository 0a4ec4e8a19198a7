#!/usr/bin/env bash
# Builds glossator as it is distributed and benchmarked: the `dist` profile (release with
# fat LTO) and, on Linux with glibc, a statically linked executable. Prints its path.
#
#   scripts/dist.sh            # target/<host triple>/dist/glossator
#
# Why static: a one-locale check takes about 7 ms, and loading a dynamically linked
# executable (ld.so, libc, libgcc_s) cost 0.4 ms of that on the machine glossator is measured
# on. glossator resolves no user or host names and loads no plugins, so glibc's static-linking
# caveats (NSS, dlopen, iconv) do not apply. `cargo build --release` stays dynamic: Cargo
# applies a target's RUSTFLAGS to proc-macros too unless --target is given, and a
# proc-macro cannot be built with +crt-static.
# Environment: GLOSSATOR_DIST_STATIC=0 builds a dynamic executable (same profile).
set -euo pipefail
case "${1:-}" in
    "") ;;
    -h | --help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "scripts/dist.sh: takes no arguments (got \`$1\`); see --help" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
host=$(rustc -vV | sed -n 's/^host: //p')
flags=()
case "$host" in
    *-linux-gnu)
        if [ "${GLOSSATOR_DIST_STATIC:-1}" != 0 ]; then
            # Not PIE (no start-up relocations; see build.rs) and glibc linked in.
            flags=(-C target-feature=+crt-static -C relocation-model=static)
        fi
        ;;
esac
RUSTFLAGS="${RUSTFLAGS:-} ${flags[*]}" cargo build --quiet --locked --profile dist \
    --target "$host" --bin glossator >&2
echo "target/$host/dist/glossator"
