//! Path patterns: `{locale}`, `*` (within a directory) and `**` (any depth), as
//! glossator.toml and compare-locales write them. A reference pattern and a translation
//! pattern share their wildcards, so one file maps to the other. Each pattern is compiled
//! once, with `{locale}` as a capture, and serves every locale.

#[derive(Debug, Clone)]
enum Piece {
    Lit(String),
    Locale,
    /// `**/` or a trailing `**`: any number of directories.
    Deep {
        last: bool,
    },
    /// `*`: anything but `/`.
    Star,
}

/// A compiled pattern over `/`-separated paths relative to the project root. Matching
/// walks the pieces directly (greedy, backtracking over at most a path's few segments):
/// a project of 60 paths and 100 locales matches tens of thousands of paths per run.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub text: String,
    pieces: Vec<Piece>,
    /// The number of `/` every match has, when the pattern has no `**` (a `*` never spans
    /// one, nor does a locale code, being a BCP 47 tag): paths of another depth fail
    /// without a search.
    slashes: Option<usize>,
}

impl Pattern {
    /// Compiles a pattern whose variables other than `{locale}` are already substituted.
    pub fn new(text: &str) -> Result<Pattern, String> {
        let mut pieces = Vec::new();
        let mut lit = String::new();
        let mut rest = text;
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix("{locale}") {
                flush(&mut lit, &mut pieces);
                pieces.push(Piece::Locale);
                rest = r;
            } else if rest.starts_with('{') || rest.starts_with('}') {
                return Err(format!("unresolved variable in path pattern `{text}`"));
            } else if let Some(r) = rest.strip_prefix("**/") {
                flush(&mut lit, &mut pieces);
                pieces.push(Piece::Deep { last: false });
                rest = r;
            } else if rest == "**" {
                flush(&mut lit, &mut pieces);
                pieces.push(Piece::Deep { last: true });
                rest = "";
            } else if let Some(r) = rest.strip_prefix('*') {
                flush(&mut lit, &mut pieces);
                pieces.push(Piece::Star);
                rest = r;
            } else {
                // A literal runs to the next character that can start something else.
                let first = rest.chars().next().map_or(1, char::len_utf8);
                let n = rest[first..]
                    .find(['{', '}', '*'])
                    .map_or(rest.len(), |i| i + first);
                lit.push_str(&rest[..n]);
                rest = &rest[n..];
            }
        }
        flush(&mut lit, &mut pieces);
        let slashes = pieces.iter().try_fold(0, |n, p| match p {
            Piece::Lit(l) => Some(n + l.bytes().filter(|&b| b == b'/').count()),
            Piece::Locale | Piece::Star => Some(n),
            Piece::Deep { .. } => None,
        });
        Ok(Pattern {
            text: text.to_string(),
            pieces,
            slashes,
        })
    }

    pub fn wildcards(&self) -> usize {
        self.pieces
            .iter()
            .filter(|p| matches!(p, Piece::Deep { .. } | Piece::Star))
            .count()
    }

    /// The literal directory before the first wildcard, for `locale`: files can only be there.
    pub fn prefix(&self, locale: &str) -> String {
        let mut s = String::with_capacity(self.text.len() + locale.len());
        let mut complete = true;
        for p in &self.pieces {
            match p {
                Piece::Lit(l) => s.push_str(l),
                Piece::Locale => s.push_str(locale),
                _ => {
                    complete = false;
                    break;
                }
            }
        }
        if complete {
            return s;
        }
        s.truncate(s.rfind('/').map_or(0, |i| i + 1));
        s
    }

    /// Wildcard captures of `path` when it matches for `locale`: `*` is anything but `/`,
    /// `**/` any number of non-empty directories, a trailing `**` any non-empty path.
    /// Wildcards take as much as they can (as a greedy regex would).
    pub fn captures<'p>(&self, path: &'p str, locale: &str) -> Option<Vec<&'p str>> {
        if self
            .slashes
            .is_some_and(|n| memchr::memchr_iter(b'/', path.as_bytes()).count() != n)
        {
            return None;
        }
        let mut caps = Vec::new();
        self.match_from(0, path, 0, locale, &mut caps)
            .then_some(caps)
    }

    fn match_from<'p>(
        &self,
        k: usize,
        path: &'p str,
        pos: usize,
        locale: &str,
        caps: &mut Vec<&'p str>,
    ) -> bool {
        let Some(piece) = self.pieces.get(k) else {
            return pos == path.len();
        };
        let rest = &path[pos..];
        let try_len = |len: usize, caps: &mut Vec<&'p str>| {
            caps.push(&rest[..len]);
            if self.match_from(k + 1, path, pos + len, locale, caps) {
                return true;
            }
            caps.pop();
            false
        };
        match piece {
            Piece::Lit(l) => {
                rest.starts_with(l.as_str())
                    && self.match_from(k + 1, path, pos + l.len(), locale, caps)
            }
            Piece::Locale => {
                !locale.is_empty()
                    && rest.starts_with(locale)
                    && self.match_from(k + 1, path, pos + locale.len(), locale, caps)
            }
            Piece::Star => {
                let max = rest.find('/').unwrap_or(rest.len());
                (0..=max)
                    .rev()
                    .filter(|&len| rest.is_char_boundary(len))
                    .any(|len| try_len(len, caps))
            }
            Piece::Deep { last: false } => {
                // Ends of each complete, non-empty directory segment, longest first, then
                // none: segments up to the first empty one (`//`, or a leading `/`).
                let bytes = rest.as_bytes();
                let cut = memchr::memchr_iter(b'/', bytes)
                    .find(|&i| i == 0 || bytes[i - 1] == b'/')
                    .unwrap_or(bytes.len());
                memchr::memrchr_iter(b'/', &bytes[..cut])
                    .map(|i| i + 1)
                    .chain(std::iter::once(0))
                    .any(|len| try_len(len, caps))
            }
            Piece::Deep { last: true } => {
                let valid = !rest.is_empty() && rest.split('/').all(|seg| !seg.is_empty());
                valid && try_len(rest.len(), caps)
            }
        }
    }

    pub fn matches(&self, path: &str, locale: &str) -> bool {
        self.captures(path, locale).is_some()
    }

    /// The path this pattern gives for `locale` and another pattern's captures.
    pub fn fill(&self, caps: &[&str], locale: &str) -> String {
        let mut out = String::with_capacity(
            self.text.len() + locale.len() + caps.iter().map(|c| c.len()).sum::<usize>(),
        );
        let mut i = 0;
        for p in &self.pieces {
            match p {
                Piece::Lit(s) => out.push_str(s),
                Piece::Locale => out.push_str(locale),
                Piece::Deep { .. } | Piece::Star => {
                    out.push_str(caps.get(i).copied().unwrap_or(""));
                    i += 1;
                }
            }
        }
        out
    }
}

fn flush(lit: &mut String, pieces: &mut Vec<Piece>) {
    if !lit.is_empty() {
        pieces.push(Piece::Lit(std::mem::take(lit)));
    }
}

/// Substitutes `{name}` variables; unknown ones are left in place for the caller to report.
pub fn expand(text: &str, vars: &dyn Fn(&str) -> Option<String>) -> String {
    expand_depth(text, vars, 0)
}

fn expand_depth(text: &str, vars: &dyn Fn(&str) -> Option<String>, depth: usize) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + len];
        out.push_str(&rest[..start]);
        match vars(name) {
            Some(v) if depth < 16 && v != rest[start..=start + len] => {
                out.push_str(&expand_depth(&v, vars, depth + 1))
            }
            _ => out.push_str(&rest[start..=start + len]),
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_and_star_capture_and_fill() {
        let r = Pattern::new("en/**/*.ftl").unwrap();
        let l = Pattern::new("{locale}/**/*.ftl").unwrap();
        let caps = r.captures("en/firefox/new/download.ftl", "en").unwrap();
        assert_eq!(l.fill(&caps, "fr"), "fr/firefox/new/download.ftl");
        assert_eq!(
            l.fill(&r.captures("en/a.ftl", "en").unwrap(), "de"),
            "de/a.ftl"
        );
        assert!(!r.matches("en/a.txt", "en"));
        // `**` takes whole non-empty directories, longest first, and none at all.
        let deep = Pattern::new("en/**/x/*.ftl").unwrap();
        assert_eq!(
            deep.captures("en/a/x/b/x/c.ftl", "en"),
            Some(vec!["a/x/b/", "c"])
        );
        assert_eq!(deep.captures("en/x/c.ftl", "en"), Some(vec!["", "c"]));
        assert_eq!(deep.captures("en//x/c.ftl", "en"), None);
        assert_eq!(deep.captures("en/a//x/c.ftl", "en"), None);
        // Without `**`, only paths of the pattern's depth match (checked before searching).
        let flat = Pattern::new("{locale}/x/*.ftl").unwrap();
        assert!(flat.matches("fr/x/a.ftl", "fr"));
        assert!(!flat.matches("fr/x/a/b.ftl", "fr") && !flat.matches("fr/a.ftl", "fr"));
        assert!(r.matches("en/x/y/z.ftl", "en"));
        assert!(l.matches("fr/x/a.ftl", "fr"));
        assert!(!l.matches("fr/x/a.ftl", "de"));
        assert_eq!(l.captures("fr/x/a.ftl", "fr").unwrap(), vec!["x/", "a"]);
        assert_eq!(r.prefix("en"), "en/");
        assert_eq!(l.prefix("pt-BR"), "pt-BR/");
        let s = Pattern::new("{locale}/firefox/*.ftl").unwrap();
        assert!(!s.matches("it/firefox/new/x.ftl", "it"));
        assert!(s.matches("it/firefox/x.ftl", "it"));
        assert_eq!(s.prefix("it"), "it/firefox/");
        let lit = Pattern::new("{locale}/firefox/welcome/page1.ftl").unwrap();
        assert_eq!(lit.prefix("it"), "it/firefox/welcome/page1.ftl");
        let tail = Pattern::new("{locale}/**").unwrap();
        assert_eq!(tail.captures("it/a/b.ftl", "it").unwrap(), vec!["a/b.ftl"]);
        assert!(!tail.matches("it/", "it"));
        assert!(!tail.matches("it/a//b.ftl", "it"));
        assert!(!tail.matches("it/a/", "it"));
    }

    #[test]
    fn wildcards_backtrack_and_stay_in_segments() {
        let p = Pattern::new("{locale}/**/x/*.ftl").unwrap();
        assert_eq!(
            p.captures("de/a/x/b/x/c.ftl", "de").unwrap(),
            vec!["a/x/b/", "c"]
        );
        assert_eq!(p.captures("de/x/c.ftl", "de").unwrap(), vec!["", "c"]);
        assert!(!p.matches("de//x/c.ftl", "de"));
        assert!(!p.matches("de/x/c/d.ftl", "de"));
        let p = Pattern::new("a*b*.ftl").unwrap();
        assert_eq!(p.captures("aXbYbZ.ftl", "").unwrap(), vec!["XbY", "Z"]);
        assert!(!p.matches("aX/b.ftl", ""));
        let p = Pattern::new("{locale}/é*.ftl").unwrap();
        assert_eq!(p.captures("fr/éà.ftl", "fr").unwrap(), vec!["à"]);
        assert!(!p.matches("fr-CA/é.ftl", "fr"));
        // A literal that starts with a multi-byte character, and one in the middle.
        let p = Pattern::new("ü{locale}ß/*.ftl").unwrap();
        assert_eq!(p.prefix("de"), "üdeß/");
        assert_eq!(p.captures("üdeß/x.ftl", "de").unwrap(), vec!["x"]);
        assert!(Pattern::new("ü{x}").is_err());
    }

    #[test]
    fn variables_expand_recursively() {
        let vars = |n: &str| match n {
            "l10n_base" => Some("/base".to_string()),
            "x" => Some("{locale}/x".to_string()),
            "locale" => Some("{locale}".to_string()),
            _ => None,
        };
        assert_eq!(
            expand("{l10n_base}/{x}/{y}.ftl", &vars),
            "/base/{locale}/x/{y}.ftl"
        );
        assert!(Pattern::new("a/{y}.ftl").is_err());
    }
}
