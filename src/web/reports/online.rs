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

fn view(state: &AppState, ctx: Ctx, draft: &Draft, form: Form) -> OnlinePage {
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

pub(super) async fn page(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let user = member(&ctx)?;
    let draft = load(&state, user, &id).await?;
    let mut form = draft.form();
    for d in &draft.body.internet_details {
        match d {
            InternetDetail::WebPage {
                urls,
                third_party_hosted,
                additional_info,
            } => {
                form.set("urls", urls.join("\n"));
                set_bool(&mut form, "third_party_hosted", *third_party_hosted);
                form.set("web_note", additional_info.as_str());
            }
            InternetDetail::ChatIm { client, room, .. } => {
                form.set("chat_client", client.as_str());
                form.set("chat_room", room.as_str());
            }
            _ => {}
        }
    }
    render(&view(&state, ctx, &draft, form))
}

pub(super) async fn submit(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(id): Path<String>,
    RawForm(body): RawForm,
) -> Result<Response, AppError> {
    let user = member(&ctx)?.clone();
    let mut draft = load(&state, &user, &id).await?;
    let mut form = draft.posted(&ctx, &body);
    let urls = lines(&form, "urls");
    if !urls.iter().all(|u| web_url(u)) {
        form.add_error("urls", ctx.t("report-error-url"));
    }
    let web_note = text(&ctx, &mut form, "web_note", 3000);
    let chat_client = text(&ctx, &mut form, "chat_client", 200);
    let chat_room = text(&ctx, &mut form, "chat_room", 200);
    let countries = national_id_jurisdictions(&draft.body);
    refuse_national_ids(&ctx, &mut form, &["urls"], Field::Identifier, &countries);
    let words = ["web_note", "chat_client", "chat_room"];
    refuse_national_ids(&ctx, &mut form, &words, Field::Text, &countries);
    if form.has_errors() {
        return render_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &view(&state, ctx, &draft, form),
        );
    }
    // This page owns the web page and chat entries; other kinds (from the
    // API) stay as they are.
    let details = &mut draft.body.internet_details;
    details.retain(|d| {
        !matches!(
            d,
            InternetDetail::WebPage { .. } | InternetDetail::ChatIm { .. }
        )
    });
    if !urls.is_empty() {
        details.push(InternetDetail::WebPage {
            urls,
            third_party_hosted: read_bool(&form, "third_party_hosted"),
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
    save(&state, &ctx, &user, &draft, &form).await?;
    Ok(next(&ctx, &form, &id, "accounts"))
}
