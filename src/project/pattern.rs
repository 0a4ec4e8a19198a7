//! Path patterns: `{locale}`, `*` (within a directory) and `**` (any depth), as
//! glossa.toml and compare-locales write them. A reference pattern and a translation
//! pattern share their wildcards, so one file maps to the other. Each pattern is compiled
//! once, with `{locale}` as a capture, and serves every locale.

use regex::Regex;

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

/// A compiled pattern over `/`-separated paths relative to the project root.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub text: String,
    pieces: Vec<Piece>,
    regex: Regex,
    /// Index of the locale capture group, if the pattern has `{locale}`.
    locale_group: Option<usize>,
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
                let c = rest.chars().next().unwrap_or_default();
                lit.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        flush(&mut lit, &mut pieces);
        let mut re = String::from("^");
        let mut group = 0;
        let mut locale_group = None;
        for p in &pieces {
            match p {
                Piece::Lit(s) => re.push_str(&regex::escape(s)),
                Piece::Locale => {
                    group += 1;
                    locale_group.get_or_insert(group);
                    re.push_str("([A-Za-z0-9_-]+)");
                }
                Piece::Deep { last: true } => {
                    group += 1;
                    re.push_str("((?:[^/]+/)*[^/]+)");
                }
                Piece::Deep { last: false } => {
                    group += 1;
                    re.push_str("((?:[^/]+/)*)");
                }
                Piece::Star => {
                    group += 1;
                    re.push_str("([^/]*)");
                }
            }
        }
        re.push('$');
        let regex = Regex::new(&re).map_err(|e| format!("bad path pattern `{text}`: {e}"))?;
        Ok(Pattern {
            text: text.to_string(),
            pieces,
            regex,
            locale_group,
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
        let mut s = String::new();
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
        match s.rfind('/') {
            Some(i) => s[..=i].to_string(),
            None => String::new(),
        }
    }

    /// Wildcard captures of `path` when it matches for `locale`.
    pub fn captures<'p>(&self, path: &'p str, locale: &str) -> Option<Vec<&'p str>> {
        let c = self.regex.captures(path)?;
        let mut out = Vec::new();
        for i in 1..c.len() {
            let m = c.get(i).map(|m| m.as_str()).unwrap_or("");
            if self.is_locale_group(i) {
                if m != locale {
                    return None;
                }
            } else {
                out.push(m);
            }
        }
        Some(out)
    }

    fn is_locale_group(&self, i: usize) -> bool {
        // Every `{locale}` piece is a group; count them in order.
        let mut g = 0;
        for p in &self.pieces {
            match p {
                Piece::Lit(_) => {}
                Piece::Locale => {
                    g += 1;
                    if g == i {
                        return true;
                    }
                }
                _ => g += 1,
            }
            if g >= i {
                break;
            }
        }
        let _ = self.locale_group;
        false
    }

    pub fn matches(&self, path: &str, locale: &str) -> bool {
        self.captures(path, locale).is_some()
    }

    /// The path this pattern gives for `locale` and another pattern's captures.
    pub fn fill(&self, caps: &[&str], locale: &str) -> String {
        let mut out = String::new();
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
