//! What the content rules read off a reference part, computed once for all locales: a
//! run compares about a hundred locales with the same reference texts, and reading their
//! numbers, tags and digests again for each was most of the content rules' cost.
//!
//! Each fact is computed on first use (a rule that is off never pays for it) and shared
//! by the threads checking locales. A sink without facts (the language server, which
//! edits the reference) computes them on the spot.

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use super::markup::TagInfo;
use crate::ftl::model::Part;
use crate::ftl::numbers::Number;
use crate::ftl::{LocaleIndex, SourceFile};

/// The facts of one reference part. Each is set once, by the first rule that needs it.
#[derive(Debug, Default)]
pub struct PartFacts {
    /// The part's numbers, read strictly with the reference locale's conventions.
    pub numbers: OnceLock<Vec<Number>>,
    /// Its tags (`None` where a select makes them unknowable).
    pub tags: OnceLock<Option<Vec<TagInfo>>>,
    /// Whether its text may hold a URL or an e-mail address.
    pub has_link: OnceLock<bool>,
    /// The normalized text's digest and word count (`inconsistent-translation`).
    pub digest: OnceLock<(u64, usize)>,
}

/// [`PartFacts`] for every part of the reference's files.
#[derive(Debug, Default)]
pub struct ReferenceFacts {
    /// Per file (by its project-relative path): the parts by their source's start.
    files: HashMap<smol_str::SmolStr, Vec<(usize, PartFacts)>>,
}

impl ReferenceFacts {
    /// Empty cells for every part of `index`'s files; nothing is computed yet.
    pub fn new(index: &LocaleIndex) -> ReferenceFacts {
        let files = index
            .files
            .iter()
            .map(|f| {
                let mut parts: Vec<(usize, PartFacts)> = f
                    .model
                    .entries
                    .iter()
                    .flat_map(super::terms::parts)
                    .map(|(_, p)| (p.source.start, PartFacts::default()))
                    .collect();
                parts.sort_by_key(|(start, _)| *start);
                (f.rel.clone(), parts)
            })
            .collect();
        ReferenceFacts { files }
    }

    /// The facts of `part` of the reference file `file`, if it is one of the index's.
    pub fn of(&self, file: &SourceFile, part: &Part) -> Option<&PartFacts> {
        let parts = self.files.get(&file.rel)?;
        let i = parts
            .binary_search_by_key(&part.source.start, |(start, _)| *start)
            .ok()?;
        Some(&parts[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testutil::file;

    #[test]
    fn every_part_of_the_reference_has_one_cell_and_others_none() {
        let a = file("a.ftl", "one = One\n    .title = Title\ntwo = Two 2\n");
        let b = file("b.ftl", "three = Three\n");
        let index = LocaleIndex::new(vec![a.clone(), b.clone()]);
        let facts = ReferenceFacts::new(&index);
        let parts: Vec<&Part> = a
            .model
            .entries
            .iter()
            .flat_map(crate::rules::terms::parts)
            .map(|(_, p)| p)
            .collect();
        assert_eq!(parts.len(), 3);
        for p in &parts {
            assert!(facts.of(&a, p).is_some());
        }
        // A cell is its part's own: set once, read back by the same part only.
        let cell = facts.of(&a, parts[2]).and_then(|f| f.has_link.get());
        assert_eq!(cell, None);
        facts.of(&a, parts[2]).map(|f| f.has_link.set(true));
        assert_eq!(
            facts.of(&a, parts[2]).and_then(|f| f.has_link.get()),
            Some(&true)
        );
        assert_eq!(facts.of(&a, parts[0]).and_then(|f| f.has_link.get()), None);
        // A file outside the index (a translation with the same parts) has none.
        let translation = file("c.ftl", "one = One\n    .title = Title\ntwo = Two 2\n");
        let tp = &translation.model.entries[0];
        assert!(facts
            .of(&translation, tp.value.as_ref().expect("value"))
            .is_none());
    }
}
