// The MentorStore library.
