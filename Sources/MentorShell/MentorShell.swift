// The MentorShell library.
