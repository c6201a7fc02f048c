// The MentorExchange library.
