//! The README documents every rule, and documents only rules that exist.

#[test]
fn readme_lists_every_rule() {
    let readme = include_str!("../README.md");
    for r in glossator::rules::all() {
        let row = format!("| `{}` | {} |", r.name, r.default_label());
        assert!(
            readme.contains(&row),
            "README lacks the row for {} ({row})",
            r.name
        );
    }
    let listed = readme.lines().filter(|l| l.starts_with("| `")).count();
    assert!(listed >= glossator::rules::all().len());
}
