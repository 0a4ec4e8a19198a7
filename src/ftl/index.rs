//! The per-locale index: which messages and terms a locale defines, across its files.

use super::model::Entry;
use super::source::SourceFile;
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// All entries a locale defines, by id, first definition wins (as in fluent-bundle).
#[derive(Debug, Default)]
pub struct LocaleIndex {
    pub files: Vec<Arc<SourceFile>>,
    ids: HashMap<String, (usize, usize)>,
}

impl LocaleIndex {
    pub fn new(files: Vec<Arc<SourceFile>>) -> Self {
        let mut ids = HashMap::default();
        for (fi, f) in files.iter().enumerate() {
            for (ei, e) in f.model.entries.iter().enumerate() {
                ids.entry(e.id.clone()).or_insert((fi, ei));
            }
        }
        LocaleIndex { files, ids }
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.ids
            .get(id)
            .map(|&(f, e)| &self.files[f].model.entries[e])
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids.contains_key(id)
    }
}
