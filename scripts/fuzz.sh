#!/usr/bin/env bash
# Fuzzes glossator with cargo-fuzz (libFuzzer), each target for a bounded time.
#
#   scripts/fuzz.sh                 # every target, 60 s each
#   scripts/fuzz.sh -t 300 fix      # one target, 5 minutes
#   FUZZ_TIME=120 scripts/fuzz.sh check_ftl glossary
#
# Targets (fuzz/fuzz_targets/): check_ftl, config, glossary, extract, fix.
# Environment:
#   FUZZ_TIME        seconds per target (default 60; -t overrides)
#   FUZZ_SANITIZER   none (default: safe Rust, 2-3x faster) or address
#   FUZZ_KEEP_GOING  1 (default): fork mode, keeps fuzzing after a crash and collects
#                    every crash; 0: stop at the first one
#   FUZZ_JOBS        parallel fuzzing processes in fork mode (default 1)
#   FUZZ_CORPORA     directory of shared corpora (default ../shared/corpora beside the repo)
#   FUZZ_NO_BUILD    1: use the fuzz binaries already built
#
# The toolchain may be stable: RUSTC_BOOTSTRAP=1 lets cargo-fuzz pass its -Z flags.
# Corpora grow in fuzz/corpus/TARGET (seeded on every run from the repository's files, a
# few files of the shared corpora and fuzz/seeds), crashes land in fuzz/artifacts/TARGET,
# logs in fuzz/artifacts/TARGET.log. Exits 1 if any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

time_per=${FUZZ_TIME:-60}
while getopts "t:h" opt; do
    case $opt in
        t) time_per=$OPTARG ;;
        h) sed -n '2,/^set -e/{/^set -e/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        *) exit 2 ;;
    esac
done
shift $((OPTIND - 1))
all_targets=(check_ftl config glossary extract fix)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
sanitizer=${FUZZ_SANITIZER:-none}
keep_going=${FUZZ_KEEP_GOING:-1}
jobs=${FUZZ_JOBS:-1}
corpora=${FUZZ_CORPORA:-$root/../shared/corpora}
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "== installing cargo-fuzz"
    cargo install cargo-fuzz --locked
fi

echo "== building fuzz targets (sanitizer: $sanitizer, debug assertions on)"
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    (cd fuzz && cargo fuzz build -s "$sanitizer" -a)
fi

# ---------------------------------------------------------------------------------
# Seeds. Each target reads a flag byte first (see the target's doc comment); pairs of
# files are joined with a 0xFF byte.
# seed TARGET FLAG_HEX FILE [FILE]: one input named after its content.
seed() {
    local target=$1 flag=$2 a=$3 b=${4:-}
    local dir="fuzz/corpus/$target" tmp sum
    mkdir -p "$dir"
    tmp=$(mktemp)
    printf "\\x$flag" >"$tmp"
    cat "$a" >>"$tmp"
    if [ -n "$b" ]; then
        printf '\xff' >>"$tmp"
        cat "$b" >>"$tmp"
    fi
    sum=$(sha1sum "$tmp" | cut -c1-40)
    mv "$tmp" "$dir/$sum"
}

# Locale index of the check_ftl target's table (flag bits 0-3).
check_locales=(fr de ru ko ja zh-CN id la ar pl cy el fi ga sa en-GB)
check_flag() { # check_flag LOCALE GLOSSARY(0|1)
    local i
    for i in "${!check_locales[@]}"; do
        if [ "${check_locales[$i]}" = "$1" ]; then
            printf '%02x' $((i | ($2 ? 0x80 : 0)))
            return
        fi
    done
    printf '00'
}

seeds=fuzz/seeds
www=$corpora/www-l10n
terminology=$corpora/mozilla-terminology/terminology
for t in "${targets[@]}"; do
    case $t in
    check_ftl)
        for f in $seeds/ftl/*.ftl; do
            seed check_ftl 00 "$f" "$f"
            seed check_ftl 82 "$f" $seeds/ftl/messages.ftl
        done
        seed check_ftl 80 $seeds/ftl/banking.ftl $seeds/ftl/junk.ftl
        for l in locales/*/; do
            l=$(basename "$l")
            [ "$l" = en ] && continue
            [ -f "locales/$l/report.ftl" ] || continue
            seed check_ftl "$(check_flag "$l" 1)" locales/en/report.ftl "locales/$l/report.ftl"
        done
        if [ -d "$www/en" ]; then
            # A few small real files, each with its French and German translation.
            # (process substitution: `head` closing the pipe early must not trip pipefail)
            mapfile -t small < <(find "$www/en" -name '*.ftl' -size -6k | sort | head -n 6)
            for f in "${small[@]}"; do
                rel=${f#"$www/en/"}
                if [ -f "$www/fr/$rel" ]; then seed check_ftl 00 "$f" "$www/fr/$rel"; fi
                if [ -f "$www/de/$rel" ]; then seed check_ftl 01 "$f" "$www/de/$rel"; fi
            done
        fi
        ;;
    config)
        seed config 00 glossator.toml
        for f in $seeds/config/*.glossator.toml; do seed config 00 "$f"; done
        seed config 01 $seeds/config/l10n.toml $seeds/config/inc.toml
        seed config 01 $seeds/config/inc.toml $seeds/config/l10n.toml
        if [ -f "$www/l10n-pontoon.toml" ]; then
            seed config 01 "$www/l10n-pontoon.toml" "$www/configs/pontoon.toml"
            seed config 01 "$www/l10n-vendor.toml" "$www/configs/vendor.toml"
            seed config 01 "$www/configs/special-templates.toml"
        fi
        ;;
    glossary)
        for f in $seeds/glossary/*.tbx; do seed glossary 00 "$f"; done
        for f in $seeds/glossary/*.csv; do seed glossary 01 "$f"; seed glossary 03 "$f"; done
        for f in $seeds/glossary/*.tsv; do seed glossary 02 "$f"; done
        for f in $seeds/glossary/*.toml; do seed glossary 04 "$f"; done
        if [ -d "$terminology" ]; then
            # The smallest real exports (Pontoon TBX v2).
            mapfile -t small < <(find "$terminology" -name '*.tbx' -size +1k -size -24k | sort | head -n 3)
            for f in "${small[@]}"; do seed glossary 00 "$f"; done
        fi
        ;;
    extract)
        # Locale index of the extract target's table: id 0, en 1, fr 2, de 3.
        for r in reports/*.txt; do seed extract 00 "$r"; done
        seed extract 01 $seeds/report/en.txt
        seed extract 02 $seeds/report/fr.txt
        seed extract 03 $seeds/report/de.txt
        for r in reports/*.txt; do
            if [ -f locales/id/report.ftl ]; then seed extract 80 "$r" locales/id/report.ftl; fi
        done
        seed extract 81 $seeds/report/en.txt $seeds/ftl/selects.ftl
        ;;
    fix)
        for f in $seeds/ftl/*.ftl; do seed fix 00 "$f"; done
        ;;
    *)
        echo "unknown target $t (targets: ${all_targets[*]})" >&2
        exit 2
        ;;
    esac
done

# ---------------------------------------------------------------------------------
max_len() {
    case $1 in
        check_ftl | glossary) echo 16384 ;;
        extract) echo 8192 ;;
        *) echo 4096 ;;
    esac
}

bin=fuzz/target/x86_64-unknown-linux-gnu/release
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export GLOSSATOR_FUZZ_TMP=$scratch
crashed=()
for t in "${targets[@]}"; do
    mkdir -p "fuzz/artifacts/$t"
    log="fuzz/artifacts/$t.log"
    flags=(-max_total_time="$time_per" -max_len="$(max_len "$t")" -timeout=20
        -rss_limit_mb=4096 -print_final_stats=1)
    if [ "$keep_going" = 1 ]; then
        flags+=(-fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    fi
    before=$(find "fuzz/artifacts/$t" -type f | wc -l)
    marker=$(mktemp "$scratch/marker.XXXX")
    echo "== fuzzing $t for ${time_per}s (corpus: $(find "fuzz/corpus/$t" -type f | wc -l) inputs, log: $log)"
    set +e
    # The binary built above, run directly: `cargo fuzz run` would rebuild whenever src/
    # changes, between targets.
    "$bin/$t" -artifact_prefix="fuzz/artifacts/$t/" "${flags[@]}" "fuzz/corpus/$t" >"$log" 2>&1
    code=$?
    set -e
    after=$(find "fuzz/artifacts/$t" -type f | wc -l)
    stats=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | sed -E 's/^#([0-9]+): cov: ([0-9]+).*corp: ([0-9]+).*oom\/timeout\/crash: ([0-9/]+).*/\1 runs, cov \2, corpus \3, oom\/timeout\/crash \4/' || true)
    echo "   exit $code; new artifacts: $((after - before)); ${stats:-see log}"
    if [ "$after" -gt "$before" ] || { [ "$code" -ne 0 ] && [ "$keep_going" != 1 ]; }; then
        crashed+=("$t")
        # Fork mode keeps the children's output out of the log: replay the new crashes
        # (at most 20) and count their first panic lines.
        find "fuzz/artifacts/$t" -type f -newer "$marker" | head -n 20 | while read -r a; do
            RUST_BACKTRACE=0 timeout 60 "$bin/$t" "$a" 2>&1 |
                grep -E -A1 "panicked at|stack overflow|ERROR: libFuzzer: (timeout|out-of-memory)" |
                grep -v '^--' | head -n 2 | cut -c1-200 | paste -sd' ' -
        done | sort | uniq -c | sort -rn || true
    fi
done

if [ ${#crashed[@]} -gt 0 ]; then
    echo "== crashes in: ${crashed[*]} (inputs in fuzz/artifacts/; replay with"
    echo "   $bin/TARGET fuzz/artifacts/TARGET/crash-...)"
    exit 1
fi
echo "== no crashes"
