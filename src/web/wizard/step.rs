//! One request of a builder's step: who asks, which draft, and the form.
//! Both builders (records requests and APAC reports) describe themselves
//! once as a [`Builder`]; the extractors [`Opened`] and [`Posted`] do what
//! every step does first (role, organisation, an editable draft, the form
//! with its revision), and [`Step`] does what every step does last (store,
//! continue, show the page again with its problems).

use std::collections::HashMap;

use askama::Template;
use axum::extract::{FromRequest, FromRequestParts, Path, RawForm, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};

use super::{DraftForms, REVISION, note_stale, refuse_stale, saved, saving};
use crate::app::{Actor, Loaded, Via};
use crate::store::User;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::form::Form;
use crate::web::page::{Ctx, render, render_status};

/// What a builder tells the kit about itself.
pub trait Builder: Send + Sync + Sized + 'static {
    /// The document the builder edits.
    type Body: Send + Sync;
    /// Where its pages live: `/requests` or `/reports`.
    const BASE: &'static str;
    /// The step Continue leads to when a page names none.
    const HOME: &'static str;
    /// The signed-in user, if their role uses this builder.
    fn user(ctx: &Ctx) -> Result<&User, AppError>;
    /// An editable draft of the user's organisation; anything else is
    /// refused or redirected to where it can be seen.
    fn load(
        state: &AppState,
        user: &User,
        id: &str,
    ) -> impl Future<Output = Result<Loaded<Self::Body>, AppError>> + Send;
    /// Stores the draft's body over the revision it was loaded at and
    /// returns the new revision.
    fn store(
        state: &AppState,
        actor: &Actor<'_>,
        draft: &Loaded<Self::Body>,
    ) -> impl Future<Output = Result<i64, AppError>> + Send;
}

/// A step's request: the draft as stored and the form as shown or posted.
pub struct Step<B: Builder> {
    pub state: AppState,
    pub ctx: Ctx,
    pub user: User,
    pub draft: Loaded<B::Body>,
    pub form: Form,
}

impl<B: Builder> Step<B> {
    /// The draft's public id, as its addresses carry it.
    pub fn id(&self) -> String {
        self.draft.doc.public_id.clone()
    }

    /// `/requests/{id}/{step}` (with `?return=check` kept when the user
    /// came from check-your-answers).
    pub fn href(&self, step: &str) -> String {
        format!(
            "{}/{}/{step}{}",
            B::BASE,
            self.draft.doc.public_id,
            super::ret(&self.ctx)
        )
    }

    /// Stores the draft, if nobody changed it since this form was
    /// rendered. The form then carries the new revision, so a page shown
    /// again after the save can be sent again.
    pub async fn save(&mut self) -> Result<(), AppError> {
        refuse_stale(&self.form)?;
        let actor = Actor::new(&self.user, Via::Web, self.ctx.locale);
        let revision = B::store(&self.state, &actor, &self.draft).await?;
        self.draft.doc.revision = revision;
        self.form.set(REVISION, revision.to_string());
        Ok(())
    }

    /// Where Continue leads: back to check-your-answers when the user came
    /// from there, else `step` (the builder's home when empty); the
    /// dashboard after "Save and come back later".
    pub fn next(&self, step: &str) -> Response {
        let id = &self.draft.doc.public_id;
        if saving(&self.form) {
            saved()
        } else if self.ctx.returning {
            Redirect::to(&format!("{}/{id}/check", B::BASE)).into_response()
        } else {
            let step = if step.is_empty() { B::HOME } else { step };
            let to = match step {
                "" => format!("{}/{id}", B::BASE),
                s => format!("{}/{id}/{s}", B::BASE),
            };
            Redirect::to(&to).into_response()
        }
    }

    /// Stores the answers and continues to `step`.
    pub async fn save_and_go(mut self, step: &str) -> Result<Response, AppError> {
        self.save().await?;
        Ok(self.next(step))
    }

    /// Stores the answers of an element's page (a target, an account) and
    /// goes to `to`. A save that lost the race to another window shows the
    /// page again, the answers kept, with the message that the draft
    /// changed meanwhile.
    pub async fn save_element<T: Template>(
        mut self,
        to: String,
        page: impl FnOnce(Self) -> T,
    ) -> Result<Response, AppError> {
        if let Err(e) = self.save().await {
            note_stale(e, &self.ctx, &mut self.form)?;
            return render_status(StatusCode::CONFLICT, &page(self));
        }
        if saving(&self.form) {
            return Ok(saved());
        }
        Ok(Redirect::to(&to).into_response())
    }

    /// The page, as asked for.
    pub fn show<T: Template>(self, page: impl FnOnce(Self) -> T) -> Result<Response, AppError> {
        render(&page(self))
    }

    /// The page again with the problems on its form, nothing stored.
    pub fn refuse<T: Template>(self, page: impl FnOnce(Self) -> T) -> Result<Response, AppError> {
        render_status(StatusCode::UNPROCESSABLE_ENTITY, &page(self))
    }
}

/// The signed-in user and the draft named by the address's `{id}`.
async fn open<B: Builder>(
    parts: &mut Parts,
    state: &AppState,
) -> Result<(Ctx, User, Loaded<B::Body>), AppError> {
    let ctx = Ctx::build(state, parts).await?;
    let Path(params) = Path::<HashMap<String, String>>::from_request_parts(parts, state)
        .await
        .map_err(|_| AppError::NotFound)?;
    let id = params.get("id").ok_or(AppError::NotFound)?;
    let user = B::user(&ctx)?.clone();
    let draft = B::load(state, &user, id).await?;
    Ok((ctx, user, draft))
}

/// A step's page as asked for: the form carries the draft's revision.
pub struct Opened<B: Builder>(pub Step<B>);

impl<B: Builder> FromRequestParts<AppState> for Opened<B> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let (ctx, user, draft) = open::<B>(parts, state).await?;
        let form = draft.form();
        Ok(Opened(Step {
            state: state.clone(),
            ctx,
            user,
            draft,
            form,
        }))
    }
}

/// A step's form as posted. When it was rendered from an older revision,
/// the problem is already on the form (see [`DraftForms::posted`]).
pub struct Posted<B: Builder>(pub Step<B>);

impl<B: Builder> FromRequest<AppState> for Posted<B> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, AppError> {
        let (mut parts, body) = req.into_parts();
        let (ctx, user, draft) = open::<B>(&mut parts, state).await?;
        let RawForm(bytes) = RawForm::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(|_| AppError::BadRequest)?;
        let form = draft.posted(&ctx, &bytes);
        Ok(Posted(Step {
            state: state.clone(),
            ctx,
            user,
            draft,
            form,
        }))
    }
}
