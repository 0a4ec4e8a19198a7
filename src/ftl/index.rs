//! The per-locale index: which messages and terms a locale defines, across its files.

use super::model::Entry;
use super::source::SourceFile;
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;

/// All entries a locale defines, by id, first definition wins (as in fluent-bundle).
/// Keyed by a hash of the id (checked on lookup), so building it copies no strings.
#[derive(Debug, Default)]
pub struct LocaleIndex {
    pub files: Vec<Arc<SourceFile>>,
    /// `(file, entry)` by id hash, as `u32`s: half the table, a tenth of the index's pages.
    ids: HashMap<u64, (u32, u32)>,
    /// Entries whose id hash collides with a different id's (rare).
    collisions: Vec<(u32, u32)>,
    /// Later definitions of an id, each with its first definition, in file order:
    /// `(file, entry)` of the duplicate, then of the first.
    pub duplicates: Vec<((usize, usize), (usize, usize))>,
}

fn key(id: &str) -> u64 {
    super::model::hash_id(id)
}

impl LocaleIndex {
    pub fn new(files: Vec<Arc<SourceFile>>) -> Self {
        let n = files.iter().map(|f| f.model.entries.len()).sum();
        let mut ids: HashMap<u64, (u32, u32)> =
            HashMap::with_capacity_and_hasher(n, Default::default());
        let mut collisions: Vec<(u32, u32)> = Vec::new();
        let mut duplicates = Vec::new();
        let id_at = |&(f, e): &(u32, u32)| &files[f as usize].model.entries[e as usize].id;
        let wide = |&(f, e): &(u32, u32)| (f as usize, e as usize);
        for (fi, f) in files.iter().enumerate() {
            for (ei, e) in f.model.entries.iter().enumerate() {
                let here = (fi as u32, ei as u32);
                let first = match ids.get(&e.hash) {
                    None => {
                        ids.insert(e.hash, here);
                        continue;
                    }
                    Some(first) if *id_at(first) == e.id => *first,
                    // Another id with the same hash (rare).
                    Some(_) => match collisions.iter().find(|c| *id_at(c) == e.id) {
                        Some(first) => *first,
                        None => {
                            collisions.push(here);
                            continue;
                        }
                    },
                };
                duplicates.push(((fi, ei), wide(&first)));
            }
        }
        LocaleIndex {
            files,
            ids,
            collisions,
            duplicates,
        }
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.get_hashed(key(id), id)
    }

    /// [`LocaleIndex::get`] with the id's hash already known ([`super::model::hash_id`]).
    pub fn get_hashed(&self, hash: u64, id: &str) -> Option<&Entry> {
        self.lookup(hash, id).map(|(_, e)| e)
    }

    /// [`LocaleIndex::get_hashed`] with the file that defines the entry (whose pools hold
    /// the entry's contents).
    pub fn lookup(&self, hash: u64, id: &str) -> Option<(&SourceFile, &Entry)> {
        let pair = |&(f, e): &(u32, u32)| {
            let file = &*self.files[f as usize];
            (file, &file.model.entries[e as usize])
        };
        match self.ids.get(&hash).map(pair) {
            Some((f, e)) if e.id == id => Some((f, e)),
            _ => self.collisions.iter().map(pair).find(|(_, e)| e.id == id),
        }
    }

    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_definition_wins_across_files() {
        let a = Arc::new(SourceFile::from_bytes(
            "a".into(),
            "a",
            b"x = 1\n-t = T\n".to_vec(),
        ));
        let b = Arc::new(SourceFile::from_bytes(
            "b".into(),
            "b",
            b"x = 2\ny = Y\n".to_vec(),
        ));
        let idx = LocaleIndex::new(vec![a, b]);
        assert!(idx.contains("-t") && idx.contains("y") && !idx.contains("z"));
        let x = idx.get("x").unwrap();
        assert_eq!(x.value.as_ref().unwrap().anchor.start, 4);
        assert_eq!(idx.files[0].rel, "a");
    }
}
