//! Step 3: where on the internet it happened: the web addresses of the
//! material or the contact, and the chat service and room. Several
//! destinations require it, to ask the host to preserve and remove.

use super::*;
use crate::domain::report::InternetDetail;

#[derive(Template)]
#[template(path = "reports/online.html")]
struct OnlinePage {
    ctx: Ctx,
    id: String,
    form: Form,
    panel: Panel,
    choices: Vec<Choice>,
    ret: &'static str,
    step: u32,
    total: u32,
}

fn view(s: Page) -> OnlinePage {
    let Step {
        ref state,
        ctx,
        user: _,
        ref draft,
        form,
    } = s;
    let id = draft.doc.public_id.clone();
    OnlinePage {
        panel: Panel::of(state, &ctx, &id, &draft.body),
        choices: yes_no(&ctx),
        ret: ret(&ctx),
        ctx,
        id,
        form,
        step: 3,
        total: TOTAL_STEPS,
    }
}

pub(super) async fn page(Opened(mut s): Opened<Reports>) -> Result<Response, AppError> {
    for d in &s.draft.body.internet_details {
        match d {
            InternetDetail::WebPage {
                urls,
                third_party_hosted,
                additional_info,
            } => {
                s.form.set("urls", urls.join("\n"));
                set_bool(&mut s.form, "third_party_hosted", *third_party_hosted);
                s.form.set("web_note", additional_info.as_str());
            }
            InternetDetail::ChatIm { client, room, .. } => {
                s.form.set("chat_client", client.as_str());
                s.form.set("chat_room", room.as_str());
            }
            _ => {}
        }
    }
    s.show(view)
}

pub(super) async fn submit(Posted(mut s): Posted<Reports>) -> Result<Response, AppError> {
    let urls = lines(&s.form, "urls");
    if !urls.iter().all(|u| web_url(u)) {
        s.form.add_error("urls", s.ctx.t("report-error-url"));
    }
    let web_note = text(&s.ctx, &mut s.form, "web_note", 3000);
    let chat_client = text(&s.ctx, &mut s.form, "chat_client", 200);
    let chat_room = text(&s.ctx, &mut s.form, "chat_room", 200);
    let countries = national_id_jurisdictions(&s.draft.body);
    refuse_national_ids(
        &s.ctx,
        &mut s.form,
        &["urls"],
        Field::Identifier,
        &countries,
    );
    let words = ["web_note", "chat_client", "chat_room"];
    refuse_national_ids(&s.ctx, &mut s.form, &words, Field::Text, &countries);
    if s.form.has_errors() {
        return s.refuse(view);
    }
    // This page owns the web page and chat entries; other kinds (from the
    // API) stay as they are.
    let details = &mut s.draft.body.internet_details;
    details.retain(|d| {
        !matches!(
            d,
            InternetDetail::WebPage { .. } | InternetDetail::ChatIm { .. }
        )
    });
    if !urls.is_empty() {
        details.push(InternetDetail::WebPage {
            urls,
            third_party_hosted: read_bool(&s.form, "third_party_hosted"),
            additional_info: web_note,
        });
    }
    if !chat_client.is_empty() || !chat_room.is_empty() {
        details.push(InternetDetail::ChatIm {
            client: chat_client,
            room: chat_room,
            additional_info: String::new(),
        });
    }
    s.save_and_go("accounts").await
}
