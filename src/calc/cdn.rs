//! CDN cache counts: how many requests an edge answered from its cache, and how many
//! went on to the origin.
//!
//! Every request is either a hit (served from the edge's cache) or a miss (fetched
//! from the origin, then cached until its TTL runs out). The hit ratio is hits ÷
//! requests; the origin sees only the misses, which is why a CDN takes load off it.

use thiserror::Error;

use super::fraction::Fraction;

/// Why counts of requests and hits do not go together.
///
/// ```
/// use netdojo::calc::cdn::CacheStats;
/// assert_eq!(
///     CacheStats::new(10, 11).unwrap_err().to_string(),
///     "11 hits out of 10 requests: hits cannot exceed requests"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum CacheError {
    /// More hits than requests.
    #[error("{hits} hits out of {requests} requests: hits cannot exceed requests")]
    MoreHitsThanRequests {
        /// The requests.
        requests: u64,
        /// The hits.
        hits: u64,
    },
    /// No requests at all, so no ratio.
    #[error("no requests: a hit ratio needs at least one request")]
    NoRequests,
}

/// Requests to an edge and how many of them were cache hits.
///
/// ```
/// use netdojo::calc::cdn::CacheStats;
/// let stats = CacheStats::new(1000, 950).unwrap();
/// assert_eq!(stats.origin_fetches(), 50);
/// assert_eq!(stats.hit_ratio().to_string(), "19/20");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CacheStats {
    requests: u64,
    hits: u64,
}

impl CacheStats {
    /// Counts of requests and hits; at least one request, and no more hits than
    /// requests.
    ///
    /// ```
    /// use netdojo::calc::cdn::CacheStats;
    /// assert!(CacheStats::new(0, 0).is_err());
    /// assert!(CacheStats::new(5, 5).is_ok());
    /// ```
    pub fn new(requests: u64, hits: u64) -> Result<CacheStats, CacheError> {
        if requests == 0 {
            return Err(CacheError::NoRequests);
        }
        if hits > requests {
            return Err(CacheError::MoreHitsThanRequests { requests, hits });
        }
        Ok(CacheStats { requests, hits })
    }

    /// Every request.
    ///
    /// ```
    /// use netdojo::calc::cdn::CacheStats;
    /// assert_eq!(CacheStats::new(8, 6).unwrap().requests(), 8);
    /// ```
    pub fn requests(self) -> u64 {
        self.requests
    }

    /// The requests served from the cache.
    ///
    /// ```
    /// use netdojo::calc::cdn::CacheStats;
    /// assert_eq!(CacheStats::new(8, 6).unwrap().hits(), 6);
    /// ```
    pub fn hits(self) -> u64 {
        self.hits
    }

    /// The misses, which the edge fetches from the origin.
    ///
    /// ```
    /// use netdojo::calc::cdn::CacheStats;
    /// assert_eq!(CacheStats::new(8, 6).unwrap().origin_fetches(), 2);
    /// ```
    pub fn origin_fetches(self) -> u64 {
        self.requests - self.hits
    }

    /// Hits ÷ requests, as an exact fraction.
    ///
    /// ```
    /// use netdojo::calc::cdn::CacheStats;
    /// assert_eq!(CacheStats::new(8, 6).unwrap().hit_ratio().to_string(), "3/4");
    /// ```
    pub fn hit_ratio(self) -> Fraction {
        Fraction::new(u128::from(self.hits), u128::from(self.requests))
            .unwrap_or(Fraction::whole(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_ratio() {
        let stats = CacheStats::new(200, 150).unwrap();
        assert_eq!(stats.origin_fetches(), 50);
        assert_eq!(stats.hit_ratio().percent(1), ("75".to_owned(), true));
        assert_eq!(CacheStats::new(3, 0).unwrap().hit_ratio().to_string(), "0");
        assert_eq!(
            CacheStats::new(0, 0).unwrap_err().to_string(),
            "no requests: a hit ratio needs at least one request"
        );
    }
}
