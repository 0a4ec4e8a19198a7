//! Rules about whole files: a reference file with no translation, a translation with no reference.

use super::{declare_rule, Sink};
use crate::diagnostic::Severity;

declare_rule! {
    /// A reference file has no counterpart in the locale.
    ///
    /// ## Why
    /// Every message of the file falls back to another language (or is missing) for this
    /// locale. Its messages count as missing in the summary, as compare-locales counts them.
    ///
    /// ## Example
    /// `locales/en/report.ftl` exists, `locales/fr/report.ftl` does not.
    ///
    /// ## Fix
    /// Translate the file. `glossator fix --add-missing` can create it with the reference
    /// messages marked for translation.
    pub static MISSING_FILE = ("missing-file", Warning, "files");
}

declare_rule! {
    /// A locale has a file that matches the project's paths but no reference file.
    ///
    /// ## Why
    /// The reference was renamed or removed; the translation is dead weight that nobody loads.
    ///
    /// ## Example
    /// `locales/fr/old-report.ftl` with no `locales/en/old-report.ftl`.
    ///
    /// ## Fix
    /// Delete or rename the file. No automatic fix.
    pub static OBSOLETE_FILE = ("obsolete-file", Warning, "files");
}

/// Reports a missing file with its message count; `severity` comes from path filters.
pub fn missing(
    sink: &mut Sink,
    l10n_rel: &str,
    reference_rel: &smol_str::SmolStr,
    messages: usize,
    severity: Option<Severity>,
) {
    let before = sink.out.len();
    // The count goes to the help: a message the reference adds must not change what a
    // baseline keys on.
    if let Some(d) = sink.file(
        &MISSING_FILE,
        l10n_rel,
        None,
        format!("file is missing: nothing of the reference `{reference_rel}` is translated"),
    ) {
        d.help(format!(
            "translate its {messages} message{}; `glossator fix --add-missing` creates the file with the reference's text, marked for translation",
            if messages == 1 { "" } else { "s" }
        ));
    }
    sink.refer(before, reference_rel);
    sink.lower(before, severity);
}

pub fn obsolete(sink: &mut Sink, l10n_rel: &str, severity: Option<Severity>) {
    let before = sink.out.len();
    if let Some(d) = sink.file(
        &OBSOLETE_FILE,
        l10n_rel,
        None,
        "no reference file matches this file, so nothing loads it".into(),
    ) {
        d.help("delete it, or rename it after the reference file that replaced it");
    }
    sink.lower(before, severity);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severities;

    #[test]
    fn missing_and_obsolete_file_findings() {
        let sev = Severities::default();
        let mut sink = Sink::new("fr", &sev);
        missing(&mut sink, "fr/a.ftl", &"en/a.ftl".into(), 3, None);
        obsolete(&mut sink, "fr/b.ftl", Some(Severity::Warning));
        assert_eq!(sink.out[0].rule, "missing-file");
        assert!(sink.out[0].message.contains("`en/a.ftl`"));
        assert!(sink.out[0]
            .help
            .as_deref()
            .unwrap_or_default()
            .contains("its 3 messages"));
        assert_eq!(sink.out[1].rule, "obsolete-file");
        assert_eq!(sink.out[1].start.line, 1);
    }

    #[test]
    fn off_rules_emit_nothing() {
        let mut sev = Severities::default();
        sev.set(&MISSING_FILE, None);
        let mut sink = Sink::new("fr", &sev);
        missing(&mut sink, "fr/a.ftl", &"en/a.ftl".into(), 3, None);
        assert!(sink.out.is_empty());
    }
}
