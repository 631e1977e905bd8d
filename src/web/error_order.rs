//! The error summary in the order of the page: a person reads the summary
//! top to bottom and expects its links to walk down the form the same way.
//! Handlers find problems in the order their checks run (a rule about the
//! period before one about a time seen, say); the page knows where each
//! field is, so the summary is put in page order once the page is rendered.

const LIST_OPEN: &str = r#"<ul class="cb-list cb-error-summary__list">"#;
const LIST_CLOSE: &str = "</ul>";

/// `html` with its error summary's items ordered as their fields appear on
/// the page; a link to no field on the page keeps its place at the end.
pub fn in_page_order(html: String) -> String {
    let Some(open) = html.find(LIST_OPEN) else {
        return html;
    };
    let body_start = open + LIST_OPEN.len();
    let Some(close) = html[body_start..].find(LIST_CLOSE).map(|c| body_start + c) else {
        return html;
    };
    let items: Vec<&str> = html[body_start..close]
        .split("<li>")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if items.len() < 2 {
        return html;
    }
    let after = &html[close..];
    let mut keyed: Vec<(usize, &str)> = items
        .iter()
        .map(|item| {
            let position = target(item)
                .and_then(|id| after.find(&format!(r#"id="{id}""#)))
                .unwrap_or(usize::MAX);
            (position, *item)
        })
        .collect();
    if keyed.windows(2).all(|w| w[0].0 <= w[1].0) {
        return html;
    }
    keyed.sort_by_key(|(position, _)| *position);
    let mut out = String::with_capacity(html.len());
    out.push_str(&html[..body_start]);
    for (_, item) in keyed {
        out.push_str("\n      <li>");
        out.push_str(item);
    }
    out.push_str("\n    ");
    out.push_str(after);
    out
}

/// The id an item links to: `<a href="#id">`.
fn target(item: &str) -> Option<&str> {
    let rest = item.split_once(r##"href="#"##)?.1;
    rest.split_once('"').map(|(id, _)| id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_follows_the_fields_on_the_page() {
        let page = format!(
            "{LIST_OPEN}\n<li><a href=\"#case\">Enter the case</a></li>\n<li><a href=\"#phone\">Enter the phone</a></li>\n<li><a href=\"#gone\">Elsewhere</a></li>\n</ul>\n<input id=\"phone\"><input id=\"case\">"
        );
        let ordered = in_page_order(page);
        let phone = ordered.find("#phone").unwrap();
        let case = ordered.find("#case").unwrap();
        let gone = ordered.find("#gone").unwrap();
        assert!(phone < case && case < gone, "{ordered}");
        assert!(ordered.ends_with("<input id=\"phone\"><input id=\"case\">"));
        let already = format!(
            "{LIST_OPEN}<li><a href=\"#a\">A</a></li><li><a href=\"#b\">B</a></li></ul><i id=\"a\"></i><i id=\"b\"></i>"
        );
        assert_eq!(in_page_order(already.clone()), already);
    }
}
