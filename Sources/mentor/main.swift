import Foundation
import MentorShell

// A file grown past the size limit (`ulimit -f`) makes the write fail, so SQLite reports the
// disk full and the change is rolled back with a message, instead of the signal ending mentor
// without a word.
signal(SIGXFSZ, SIG_IGN)

// Parses the command line and hands over to the shell; all the work lives in MentorShell.
switch LaunchOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let options):
  exit(Launcher.run(options))
case .failure(let failure):
  FileHandle.standardError.write(Data(("mentor: error: " + failure.message + "\n").utf8))
  exit(2)
}
