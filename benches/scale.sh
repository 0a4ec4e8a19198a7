#!/usr/bin/env bash
# Scale benchmarks: check time and peak memory against project size (www-l10n 1x, 4x, 16x)
# and glossary size (100, 1,000, 10,000 concepts over 100,000 messages).
#
#   benches/scale.sh                       # everything, 3 runs per configuration
#   benches/scale.sh --only glossary --runs 5
#   benches/scale.sh --sizes 1,2,4 --glossary-sizes 10,100 --messages 10000
#
# Builds benches/scale/ (a small crate depending on glossator by path) in release mode into
# its own target directory (default target/scale-bench, inside glossator's ignored target/;
# SCALE_TARGET_DIR overrides), then runs it; the arguments are passed through (see the
# doc comment of benches/scale/src/main.rs). Needs the www-l10n corpus at
# ../shared/corpora/www-l10n (or --corpus DIR) for the project part.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${SCALE_TARGET_DIR:-$PWD/target/scale-bench}
cargo build --release --quiet --manifest-path benches/scale/Cargo.toml
exec "$CARGO_TARGET_DIR/release/glossator-scale-bench" "$@"
