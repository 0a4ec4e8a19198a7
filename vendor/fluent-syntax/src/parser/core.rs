use super::{
    comment,
    errors::{ErrorKind, ParserError},
    slice::Slice,
};
use crate::ast;

pub type Result<T> = std::result::Result<T, ParserError>;

/// Deepest nesting of placeables and call arguments the parser enters (glossator patch).
/// The parser recurses once per level, and a stack overflow aborts the process; an entry
/// nested deeper becomes Junk with [`ErrorKind::TooDeep`], as proposed upstream in
/// projectfluent/fluent#284. Each level takes about 9 KB of stack in a debug build and
/// under 1 KB in release, so 100 levels fit a default 2 MiB thread.
pub const MAX_NESTING: usize = 100;

pub struct Parser<S> {
    pub(super) source: S,
    pub(super) ptr: usize,
    pub(super) length: usize,
    /// Current nesting of placeables and call arguments (glossator patch).
    pub(super) depth: usize,
}

/// The entries of a resource one at a time, each with its error when it is Junk
/// (glossator patch). Comments are attached to the message or term they precede exactly as
/// in [`Parser::parse`], which collects this iterator; a caller that drops each entry
/// after use needs memory for one entry, not for the whole file.
pub struct Entries<S> {
    parser: Parser<S>,
    last_comment: Option<ast::Comment<S>>,
    last_blank_count: usize,
    pending: Option<(ast::Entry<S>, Option<ParserError>)>,
}

impl<'s, S> Iterator for Entries<S>
where
    S: Slice<'s>,
{
    type Item = (ast::Entry<S>, Option<ParserError>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.take() {
                return Some(item);
            }
            if self.parser.ptr >= self.parser.length {
                return self
                    .last_comment
                    .take()
                    .map(|c| (ast::Entry::Comment(c), None));
            }
            let entry_start = self.parser.ptr;
            let mut entry = self.parser.get_entry(entry_start);

            let mut detached = None;
            if let Some(comment) = self.last_comment.take() {
                match entry {
                    Ok(ast::Entry::Message(ref mut msg)) if self.last_blank_count < 2 => {
                        msg.comment = Some(comment);
                    }
                    Ok(ast::Entry::Term(ref mut term)) if self.last_blank_count < 2 => {
                        term.comment = Some(comment);
                    }
                    _ => detached = Some((ast::Entry::Comment(comment), None)),
                }
            }

            let item = match entry {
                Ok(ast::Entry::Comment(comment)) => {
                    self.last_comment = Some(comment);
                    None
                }
                Ok(entry) => Some((entry, None)),
                Err(mut err) => {
                    self.parser.depth = 0;
                    self.parser.skip_to_next_entry_start();
                    err.slice = Some(entry_start..self.parser.ptr);
                    let content = self.parser.source.slice(entry_start..self.parser.ptr);
                    Some((ast::Entry::Junk { content }, Some(err)))
                }
            };
            self.last_blank_count = self.parser.skip_blank_block();

            match (detached, item) {
                (Some(comment), Some(item)) => {
                    self.pending = Some(item);
                    return Some(comment);
                }
                (Some(one), None) | (None, Some(one)) => return Some(one),
                (None, None) => continue,
            }
        }
    }
}

impl<'s, S> Parser<S>
where
    S: Slice<'s>,
{
    pub fn new(source: S) -> Self {
        let length = source.as_ref().len();
        Self {
            source,
            ptr: 0,
            length,
            depth: 0,
        }
    }

    /// The entries one at a time (glossator patch); see [`Entries`].
    pub fn entries(mut self) -> Entries<S> {
        self.skip_blank_block();
        Entries {
            parser: self,
            last_comment: None,
            last_blank_count: 0,
            pending: None,
        }
    }

    /// Enters one level of nesting, or fails with [`ErrorKind::TooDeep`] (glossator patch).
    pub(super) fn enter_nesting(&mut self) -> Result<()> {
        if self.depth >= MAX_NESTING {
            return error!(ErrorKind::TooDeep(MAX_NESTING), self.ptr);
        }
        self.depth += 1;
        Ok(())
    }

    pub fn parse(
        self,
    ) -> std::result::Result<ast::Resource<S>, (ast::Resource<S>, Vec<ParserError>)> {
        let mut errors = vec![];
        let mut body = vec![];
        for (entry, error) in self.entries() {
            body.push(entry);
            errors.extend(error);
        }
        if errors.is_empty() {
            Ok(ast::Resource { body })
        } else {
            Err((ast::Resource { body }, errors))
        }
    }

    fn get_entry(&mut self, entry_start: usize) -> Result<ast::Entry<S>> {
        let entry = match get_current_byte!(self) {
            Some(b'#') => {
                let (comment, level) = self.get_comment()?;
                match level {
                    comment::Level::Regular => ast::Entry::Comment(comment),
                    comment::Level::Group => ast::Entry::GroupComment(comment),
                    comment::Level::Resource => ast::Entry::ResourceComment(comment),
                    comment::Level::None => unreachable!(),
                }
            }
            Some(b'-') => ast::Entry::Term(self.get_term(entry_start)?),
            _ => ast::Entry::Message(self.get_message(entry_start)?),
        };
        Ok(entry)
    }

    pub fn get_message(&mut self, entry_start: usize) -> Result<ast::Message<S>> {
        let id = self.get_identifier()?;
        self.skip_blank_inline();
        self.expect_byte(b'=')?;
        let pattern = self.get_pattern()?;

        self.skip_blank_block();

        let attributes = self.get_attributes()?;

        if pattern.is_none() && attributes.is_empty() {
            let entry_id = id.name.as_ref().to_owned();
            return error!(
                ErrorKind::ExpectedMessageField { entry_id },
                entry_start, self.ptr
            );
        }

        Ok(ast::Message {
            id,
            value: pattern,
            attributes,
            comment: None,
        })
    }

    pub fn get_term(&mut self, entry_start: usize) -> Result<ast::Term<S>> {
        self.expect_byte(b'-')?;
        let id = self.get_identifier()?;
        self.skip_blank_inline();
        self.expect_byte(b'=')?;
        self.skip_blank_inline();

        let value = self.get_pattern()?;

        self.skip_blank_block();

        let attributes = self.get_attributes()?;

        if let Some(value) = value {
            Ok(ast::Term {
                id,
                value,
                attributes,
                comment: None,
            })
        } else {
            error!(
                ErrorKind::ExpectedTermField {
                    entry_id: id.name.as_ref().to_owned()
                },
                entry_start, self.ptr
            )
        }
    }

    /// Attributes up to the first that does not parse; an attribute nested too deep fails
    /// the whole entry (glossator patch), so the error names the cause.
    fn get_attributes(&mut self) -> Result<Vec<ast::Attribute<S>>> {
        let mut attributes = vec![];

        loop {
            let line_start = self.ptr;
            self.skip_blank_inline();
            if !self.take_byte_if(b'.') {
                self.ptr = line_start;
                break;
            }

            match self.get_attribute() {
                Ok(attr) => attributes.push(attr),
                Err(e) if matches!(e.kind, ErrorKind::TooDeep(_)) => return Err(e),
                Err(_) => {
                    self.ptr = line_start;
                    break;
                }
            }
        }
        Ok(attributes)
    }

    fn get_attribute(&mut self) -> Result<ast::Attribute<S>> {
        let id = self.get_identifier()?;
        self.skip_blank_inline();
        self.expect_byte(b'=')?;
        let pattern = self.get_pattern()?;

        match pattern {
            Some(pattern) => Ok(ast::Attribute { id, value: pattern }),
            None => error!(ErrorKind::MissingValue, self.ptr),
        }
    }

    pub(super) fn get_identifier_unchecked(&mut self) -> ast::Identifier<S> {
        let mut ptr = self.ptr;

        while matches!(get_byte!(self, ptr), Some(b) if b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
        {
            ptr += 1;
        }

        let name = self.source.slice(self.ptr - 1..ptr);
        self.ptr = ptr;

        ast::Identifier { name }
    }

    pub(super) fn get_identifier(&mut self) -> Result<ast::Identifier<S>> {
        if !self.is_identifier_start() {
            return error!(
                ErrorKind::ExpectedCharRange {
                    range: "a-zA-Z".to_string()
                },
                self.ptr
            );
        }
        self.ptr += 1;
        Ok(self.get_identifier_unchecked())
    }

    pub(super) fn get_attribute_accessor(&mut self) -> Result<Option<ast::Identifier<S>>> {
        if self.take_byte_if(b'.') {
            let ident = self.get_identifier()?;
            Ok(Some(ident))
        } else {
            Ok(None)
        }
    }

    fn get_variant_key(&mut self) -> Result<ast::VariantKey<S>> {
        self.skip_blank();

        let key = if self.is_number_start() {
            ast::VariantKey::NumberLiteral {
                value: self.get_number_literal()?,
            }
        } else {
            ast::VariantKey::Identifier {
                name: self.get_identifier()?.name,
            }
        };

        self.skip_blank();

        self.expect_byte(b']')?;

        Ok(key)
    }

    pub(super) fn get_variants(&mut self) -> Result<Vec<ast::Variant<S>>> {
        let mut variants = Vec::with_capacity(2);
        let mut has_default = false;

        loop {
            let default = self.take_byte_if(b'*');
            if default {
                if has_default {
                    return error!(ErrorKind::MultipleDefaultVariants, self.ptr);
                } else {
                    has_default = true;
                }
            }

            if !self.take_byte_if(b'[') {
                break;
            }

            let key = self.get_variant_key()?;

            let value = self.get_pattern()?;

            if let Some(value) = value {
                variants.push(ast::Variant {
                    key,
                    value,
                    default,
                });
                self.skip_blank();
            } else {
                return error!(ErrorKind::MissingValue, self.ptr);
            }
        }

        if has_default {
            Ok(variants)
        } else {
            error!(ErrorKind::MissingDefaultVariant, self.ptr)
        }
    }

    pub(super) fn get_placeable(&mut self) -> Result<ast::Expression<S>> {
        self.enter_nesting()?;
        let placeable = self.get_placeable_unguarded();
        self.depth -= 1;
        placeable
    }

    fn get_placeable_unguarded(&mut self) -> Result<ast::Expression<S>> {
        self.skip_blank();
        let exp = self.get_expression()?;
        self.skip_blank_inline();
        self.expect_byte(b'}')?;

        let invalid_expression_found = match &exp {
            ast::Expression::Inline(ast::InlineExpression::TermReference {
                ref attribute, ..
            }) => attribute.is_some(),
            _ => false,
        };
        if invalid_expression_found {
            return error!(ErrorKind::TermAttributeAsPlaceable, self.ptr);
        }

        Ok(exp)
    }
}
