//! The outbox worker's step: claim what is due with a lease, send each,
//! record the reply. A temporary failure waits longer each time (with
//! jitter, so many failed rows do not all come back at once) until the
//! configured number of attempts, then fails; a permanent one fails at
//! once. If the process dies after the server accepted a message but
//! before the row was updated, the lease runs out and the message is sent
//! once more, with the same Message-ID, so the recipient can tell.

use rand::Rng;
use serde_json::json;

use super::transport::{Attempt, Transports};
use crate::app::App;
use crate::app::error::Result;
use crate::config::DeliveryConfig;
use crate::domain::time;
use crate::store::{AttemptOutcome, Claimed, NewAudit};

/// How long a claim holds a row: longer than any SMTP conversation may
/// take (the configured timeout covers the whole of it), so only a dead
/// worker loses it.
pub fn lease_seconds(app: &App) -> i64 {
    let timeout = app.config.smtp.as_ref().map_or(60, |s| s.timeout_seconds);
    i64::try_from(timeout.saturating_mul(2).saturating_add(10)).unwrap_or(i64::MAX)
}

/// Seconds to wait after the `attempt`-th temporary failure: the base
/// doubled each time, at most the maximum, plus up to a quarter more.
pub fn backoff_seconds(c: &DeliveryConfig, attempt: i64, jitter: f64) -> i64 {
    let exp = u32::try_from(attempt.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
    let wait = c
        .retry_base_seconds
        .saturating_mul(1u64 << exp)
        .min(c.retry_max_seconds);
    let extra = (wait as f64 * 0.25 * jitter.clamp(0.0, 1.0)) as u64;
    i64::try_from(wait.saturating_add(extra)).unwrap_or(i64::MAX)
}

/// What one step did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Step {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

impl App {
    /// Claims up to `limit` due deliveries and sends them.
    pub async fn deliver_due(&self, transports: &Transports, limit: i64) -> Result<Step> {
        let now = self.now();
        let lease = now
            .checked_add(jiff::SignedDuration::from_secs(lease_seconds(self)))
            .unwrap_or(now);
        let claimed = self
            .store
            .claim_deliveries(&time::to_db(now), &time::to_db(lease), limit)
            .await?;
        let mut step = Step::default();
        for c in claimed {
            self.attempt(transports, &c, &mut step).await?;
        }
        Ok(step)
    }

    async fn attempt(&self, t: &Transports, c: &Claimed, step: &mut Step) -> Result<()> {
        let to: Vec<&str> = c.envelope_to.lines().filter(|l| !l.is_empty()).collect();
        let result = t
            .send(&c.transport, &c.envelope_from, &to, &c.message)
            .await;
        let now = self.now();
        let limit = i64::from(self.config.delivery.max_attempts);
        let next;
        let (outcome, action, reply) = match &result {
            Attempt::Accepted(r) => {
                step.sent += 1;
                (AttemptOutcome::Sent { reply: r }, "delivery.sent", r)
            }
            Attempt::Temporary(r) if c.attempts < limit => {
                step.retrying += 1;
                let jitter: f64 = rand::rng().random();
                let wait = backoff_seconds(&self.config.delivery, c.attempts, jitter);
                next = time::to_db(
                    now.checked_add(jiff::SignedDuration::from_secs(wait))
                        .unwrap_or(now),
                );
                (
                    AttemptOutcome::Retry {
                        reply: r,
                        next: &next,
                    },
                    "delivery.retry_scheduled",
                    r,
                )
            }
            Attempt::Temporary(r) | Attempt::Permanent(r) => {
                step.failed += 1;
                (AttemptOutcome::Failed { reply: r }, "delivery.failed", r)
            }
        };
        let subject = format!("delivery:{}", c.public_id);
        let audit = NewAudit {
            actor_user_id: None,
            org_id: Some(c.org_id),
            action,
            subject: &subject,
            ip: None,
            detail: json!({
                "attempt": c.attempts,
                "transport": c.transport,
                "message_id": c.message_id,
                "reply": reply,
            }),
        };
        let mine = self
            .store
            .finish_attempt(c, &outcome, &audit, &time::to_db(now))
            .await?;
        if !mine {
            tracing::warn!(delivery = %c.public_id, "a delivery's lease ran out while it was sent");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_up_to_the_maximum_and_jitter_adds_at_most_a_quarter() {
        let c = DeliveryConfig {
            retry_base_seconds: 60,
            retry_max_seconds: 600,
            ..DeliveryConfig::default()
        };
        assert_eq!(backoff_seconds(&c, 1, 0.0), 60);
        assert_eq!(backoff_seconds(&c, 2, 0.0), 120);
        assert_eq!(backoff_seconds(&c, 3, 0.0), 240);
        assert_eq!(backoff_seconds(&c, 5, 0.0), 600);
        assert_eq!(backoff_seconds(&c, 50, 0.0), 600);
        assert_eq!(backoff_seconds(&c, 1, 1.0), 75);
        assert_eq!(backoff_seconds(&c, 5, 1.0), 750);
    }
}
