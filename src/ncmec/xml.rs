//! A small XML writer: elements in the order they are written, text and
//! attribute values escaped, characters XML 1.0 cannot carry dropped.
//! Empty optional values are never written, so no element is emitted
//! without content unless it is a flag (`<sextortion/>`).

pub struct Xml {
    out: String,
    open: Vec<&'static str>,
}

/// Text as XML 1.0 allows it: tab, line feed, carriage return and the
/// printable ranges; `&`, `<`, `>` and quotes escaped.
pub(super) fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

impl Xml {
    pub fn new() -> Xml {
        Xml {
            out: String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
            open: Vec::new(),
        }
    }

    fn start(&mut self, tag: &'static str, attrs: &[(&str, String)]) {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs.iter().filter(|(_, v)| !v.is_empty()) {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape(value, &mut self.out);
            self.out.push('"');
        }
    }

    /// Opens an element that holds others.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&str, String)]) {
        self.start(tag, attrs);
        self.out.push('>');
        self.open.push(tag);
    }

    /// Closes the element opened last.
    pub fn close(&mut self) {
        if let Some(tag) = self.open.pop() {
            self.out.push_str("</");
            self.out.push_str(tag);
            self.out.push('>');
        }
    }

    /// An element with text, if the text is not empty.
    pub fn text(&mut self, tag: &'static str, value: &str) {
        self.text_with(tag, value, &[]);
    }

    /// An element with text and attributes, if the text is not empty.
    pub fn text_with(&mut self, tag: &'static str, value: &str, attrs: &[(&str, String)]) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        self.start(tag, attrs);
        self.out.push('>');
        escape(value, &mut self.out);
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
    }

    /// `true` or `false`, if known.
    pub fn boolean(&mut self, tag: &'static str, value: Option<bool>) {
        if let Some(b) = value {
            self.text(tag, if b { "true" } else { "false" });
        }
    }

    /// An empty element whose presence is the value.
    pub fn flag(&mut self, tag: &'static str) {
        self.start(tag, &[]);
        self.out.push_str("/>");
    }

    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out.push('\n');
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_empty_values_are_left_out() {
        let mut x = Xml::new();
        x.open(
            "a",
            &[("k", "1 < 2 & \"3\"".into()), ("empty", String::new())],
        );
        x.text("b", "  Tom & <Jerry>\u{0}  ");
        x.text("c", "   ");
        x.boolean("d", Some(false));
        x.boolean("e", None);
        x.flag("f");
        let out = x.finish();
        assert!(out.ends_with(
            "<a k=\"1 &lt; 2 &amp; &quot;3&quot;\"><b>Tom &amp; &lt;Jerry&gt;</b><d>false</d><f/></a>\n"
        ));
    }
}
