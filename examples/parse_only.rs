//! Parse-only baseline as a whole process: walk directories, read and parse every `.ftl`
//! file with fluent-syntax on rayon's pool, print the number of entries. The benchmark's
//! in-process parse-only pass, measured the way the full check is run from a shell.
//!
//! `cargo run --release --example parse_only -- DIR [SUBDIR ...]` (all of DIR without
//! subdirectories).

use rayon::prelude::*;
use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(root) = args.next().map(PathBuf::from) else {
        eprintln!("usage: parse_only DIR [SUBDIR ...]");
        std::process::exit(2);
    };
    let subdirs: Vec<PathBuf> = args.map(|s| root.join(s)).collect();
    let dirs = if subdirs.is_empty() {
        vec![root]
    } else {
        subdirs
    };
    let files: Vec<PathBuf> = dirs
        .par_iter()
        .flat_map_iter(|d| {
            walkdir::WalkDir::new(d)
                .into_iter()
                .filter_map(Result::ok)
                .filter(|e| {
                    e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "ftl")
                })
                .map(|e| e.into_path())
                .collect::<Vec<_>>()
        })
        .collect();
    let entries: usize = files
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => r.body.len(),
                Err((r, _)) => r.body.len(),
            }
        })
        .sum();
    println!("{} files, {entries} entries", files.len());
}
