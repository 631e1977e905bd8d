use super::audit::insert_audit;
use super::{NewAudit, Result, Store, StoreError, is_unique_violation, on_pool};
use crate::domain::country::CountryCode;
use crate::domain::org::{OrgKind, OrgSlug};
use crate::domain::time;

#[derive(Debug, Clone)]
pub struct Org {
    pub id: i64,
    pub slug: String,
    pub kind: OrgKind,
    pub name: String,
    pub country: CountryCode,
    pub is_demo: bool,
    /// The directory entry the organisation answers for, as keys are
    /// recorded: `company:<id>` or `authority:<CC>:<id>`. What is sent to
    /// that entry lands in the organisation's inbox.
    pub recipient: Option<String>,
}

pub struct NewOrg<'a> {
    pub kind: OrgKind,
    pub name: &'a str,
    pub country: CountryCode,
    pub is_demo: bool,
}

#[derive(sqlx::FromRow)]
pub(super) struct OrgRow {
    pub(super) id: i64,
    pub(super) slug: String,
    pub(super) kind: String,
    pub(super) name: String,
    pub(super) country: String,
    pub(super) is_demo: bool,
    pub(super) recipient: Option<String>,
}

impl TryFrom<OrgRow> for Org {
    type Error = StoreError;
    fn try_from(r: OrgRow) -> Result<Self> {
        let bad = |what: &str| StoreError::Conflict(format!("org {} has a bad {what}", r.id));
        Ok(Org {
            kind: r.kind.parse().map_err(|_| bad("kind"))?,
            country: CountryCode::parse(&r.country).ok_or_else(|| bad("country"))?,
            id: r.id,
            slug: r.slug,
            name: r.name,
            is_demo: r.is_demo,
            recipient: r.recipient,
        })
    }
}

const ORG_COLUMNS: &str = "id, slug, kind, name, country, is_demo, recipient";

impl Store {
    /// Creates an organisation with a slug derived from its name, numbered when
    /// the plain slug is taken.
    pub async fn create_org(&self, new: &NewOrg<'_>) -> Result<Org> {
        let base = OrgSlug::from_name(new.name);
        for n in 1..100u32 {
            let slug = if n == 1 {
                base.clone()
            } else {
                base.numbered(n)
            };
            let inserted = on_pool!(self, p => sqlx::query_scalar::<_, i64>(
                "INSERT INTO orgs (slug, kind, name, country, is_demo, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            )
            .bind(slug.as_str())
            .bind(new.kind.as_str())
            .bind(new.name)
            .bind(new.country.as_str())
            .bind(new.is_demo)
            .bind(time::to_db(time::now()))
            .fetch_one(p)
            .await);
            match inserted {
                Ok(id) => {
                    return Ok(Org {
                        id,
                        slug: slug.to_string(),
                        kind: new.kind,
                        name: new.name.to_string(),
                        country: new.country,
                        is_demo: new.is_demo,
                        recipient: None,
                    });
                }
                Err(e) if is_unique_violation(&e) => continue,
                Err(e) => return Err(e.into()),
            }
        }
        Err(StoreError::Conflict(format!("no free slug for {base}")))
    }

    pub async fn org_by_slug(&self, slug: &str) -> Result<Option<Org>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM orgs WHERE slug = $1");
        let row = on_pool!(self, p => sqlx::query_as::<_, OrgRow>(sqlx::AssertSqlSafe(sql))
            .bind(slug)
            .fetch_optional(p)
            .await)?;
        row.map(Org::try_from).transpose()
    }

    pub async fn org_by_id(&self, id: i64) -> Result<Option<Org>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM orgs WHERE id = $1");
        let row = on_pool!(self, p => sqlx::query_as::<_, OrgRow>(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(p)
            .await)?;
        row.map(Org::try_from).transpose()
    }

    pub async fn list_orgs(&self) -> Result<Vec<Org>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM orgs ORDER BY name, id");
        let rows = on_pool!(self, p => sqlx::query_as::<_, OrgRow>(sqlx::AssertSqlSafe(sql))
            .fetch_all(p)
            .await)?;
        rows.into_iter().map(Org::try_from).collect()
    }

    /// The organisation that answers for a directory entry, if one does.
    pub async fn org_by_recipient(&self, recipient: &str) -> Result<Option<Org>> {
        let sql = format!("SELECT {ORG_COLUMNS} FROM orgs WHERE recipient = $1");
        let row = on_pool!(self, p => sqlx::query_as::<_, OrgRow>(sqlx::AssertSqlSafe(sql))
            .bind(recipient)
            .fetch_optional(p)
            .await)?;
        row.map(Org::try_from).transpose()
    }

    /// Links (or with `None` unlinks) an organisation to a directory entry,
    /// with its audit entry. Another organisation already answering for the
    /// entry is a conflict.
    pub async fn link_org(
        &self,
        org_id: i64,
        recipient: Option<&str>,
        audit: &NewAudit<'_>,
        now: &str,
    ) -> Result<()> {
        let res: std::result::Result<(), sqlx::Error> = on_pool!(self, p => async {
            let mut tx = p.begin().await?;
            sqlx::query("UPDATE orgs SET recipient = $1 WHERE id = $2")
                .bind(recipient)
                .bind(org_id)
                .execute(&mut *tx)
                .await?;
            insert_audit!(&mut *tx, audit, now);
            tx.commit().await?;
            Ok(())
        }.await);
        match res {
            Err(e) if is_unique_violation(&e) => Err(StoreError::Conflict(
                "another organisation already answers for that entry".into(),
            )),
            other => Ok(other?),
        }
    }
}
