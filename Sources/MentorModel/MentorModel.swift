// The MentorModel library.
