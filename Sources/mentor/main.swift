import Foundation
import MentorShell

// Parses the command line and hands over to the shell; all the work lives in MentorShell.
switch LaunchOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let options):
  exit(Launcher.run(options))
case .failure(let failure):
  FileHandle.standardError.write(Data(("mentor: error: " + failure.message + "\n").utf8))
  exit(2)
}
