//! Directory corrections made in the app, one row per edit.

use super::audit::insert_audit;
use super::{NewAudit, Result, Store, on_pool};
use crate::domain::time;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CompanyEdit {
    pub id: i64,
    pub company_id: String,
    /// The whole company record as JSON, as the admin left it.
    pub body: String,
    pub editor: String,
    pub edited_at: String,
}

impl Store {
    /// Stores an edit of a company with its audit entry, in one transaction.
    pub async fn add_company_edit(
        &self,
        company_id: &str,
        body: &str,
        user_id: i64,
        audit: &NewAudit<'_>,
    ) -> Result<()> {
        let now = time::to_db(time::now());
        on_pool!(self, p => {
            let mut tx = p.begin().await?;
            sqlx::query(
                "INSERT INTO company_edits (company_id, body, edited_by, edited_at)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(company_id)
            .bind(body)
            .bind(user_id)
            .bind(&now)
            .execute(&mut *tx)
            .await?;
            insert_audit!(&mut *tx, audit, &now);
            tx.commit().await
        })?;
        Ok(())
    }

    /// The latest edit of each company.
    pub async fn latest_company_edits(&self) -> Result<Vec<CompanyEdit>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, CompanyEdit>(
            "SELECT e.id, e.company_id, e.body, u.email AS editor, e.edited_at
             FROM company_edits e JOIN users u ON u.id = e.edited_by
             WHERE e.id = (SELECT MAX(id) FROM company_edits x WHERE x.company_id = e.company_id)
             ORDER BY e.id",
        )
        .fetch_all(p)
        .await)?)
    }

    /// Every edit of one company, newest first.
    pub async fn company_edit_history(&self, company_id: &str) -> Result<Vec<CompanyEdit>> {
        Ok(on_pool!(self, p => sqlx::query_as::<_, CompanyEdit>(
            "SELECT e.id, e.company_id, e.body, u.email AS editor, e.edited_at
             FROM company_edits e JOIN users u ON u.id = e.edited_by
             WHERE e.company_id = $1 ORDER BY e.id DESC",
        )
        .bind(company_id)
        .fetch_all(p)
        .await)?)
    }

    /// The newest edit id, so an instance can tell when another one changed
    /// the directory.
    pub async fn latest_company_edit_id(&self) -> Result<i64> {
        Ok(on_pool!(self, p => sqlx::query_scalar::<_, Option<i64>>(
            "SELECT MAX(id) FROM company_edits",
        )
        .fetch_one(p)
        .await)?
        .unwrap_or(0))
    }
}
