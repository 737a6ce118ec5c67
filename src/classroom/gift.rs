//! The pack as Moodle GIFT.
