//! The rule modules form no circle: a rule module names another only through `use
//! super::x`, `super::x::...` or `crate::rules::x`, and no chain of such names comes back
//! to where it started (issue #18). More: as CONTRIBUTING.md says, which rules run where is
//! decided in `dispatch` alone, so no other rule module names one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The rule modules each rule module names, test modules and comments left out.
fn rule_imports(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut sources = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("src/rules") {
        let path = entry.expect("entry").path();
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().is_some_and(|e| e == "rs") && stem != "mod" {
            let text = std::fs::read_to_string(&path).expect("read");
            sources.insert(stem.to_string(), text);
        }
    }
    let names: BTreeSet<String> = sources.keys().cloned().collect();
    let mut graph = BTreeMap::new();
    for (module, text) in &sources {
        // The tests module ends each file.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let code: String = code
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join(" ");
        let mut named = BTreeSet::new();
        for prefix in ["super::", "crate::rules::"] {
            for (i, _) in code.match_indices(prefix) {
                let rest = &code[i + prefix.len()..];
                for ident in first_segments(rest) {
                    if names.contains(&ident) && ident != *module {
                        named.insert(ident);
                    }
                }
            }
        }
        graph.insert(module.clone(), named);
    }
    graph
}

/// The first path segment of a use tree or path at the start of `rest`: `x` of `x::y`,
/// each of `a` and `b` of `{a, b::{c, d}}`.
fn first_segments(rest: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(group) = rest.strip_prefix('{') else {
        return vec![ident(rest)];
    };
    let (mut out, mut depth, mut start) = (Vec::new(), 0usize, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                out.push(ident(&group[start..i]));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                out.push(ident(&group[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    out
}

/// A path from `from` back to `from`, if the graph has one.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![vec![from.to_string()]];
    let mut seen = BTreeSet::new();
    while let Some(path) = stack.pop() {
        let last = path.last().cloned().unwrap_or_default();
        for next in graph.get(&last).into_iter().flatten() {
            if next == from {
                return Some([path.clone(), vec![next.clone()]].concat());
            }
            if seen.insert(next.clone()) {
                stack.push([path.clone(), vec![next.clone()]].concat());
            }
        }
    }
    None
}

#[test]
fn no_circle_among_the_rules() {
    let graph = rule_imports(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules"));
    assert!(graph.len() >= 15, "{graph:?}");
    // The reading sees what is there: dispatch names the rules.
    assert!(graph["dispatch"].contains("syntax") && graph["dispatch"].contains("terms"));
    for module in graph.keys() {
        assert_eq!(circle(&graph, module), None, "imports: {graph:?}");
    }
}

#[test]
fn only_dispatch_names_the_rules() {
    let graph = rule_imports(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules"));
    for (module, named) in graph.iter().filter(|(m, _)| *m != "dispatch") {
        assert!(
            named.is_empty(),
            "{module} names the rule modules {named:?}: shared code belongs in ftl/ or \
             rules/mod.rs, the order of rules in dispatch.rs"
        );
    }
}

/// The reading finds names in use groups and paths, and a circle where there is one.
#[test]
fn a_circle_is_found() {
    assert_eq!(
        first_segments("{attributes, terms::{self, X}, y}; use"),
        ["attributes", "terms", "y"]
    );
    assert_eq!(first_segments("plurals::categories(x)"), ["plurals"]);
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec!["a"]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(
        circle(&graph, "a"),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(circle(&graph, "d"), None);
}
