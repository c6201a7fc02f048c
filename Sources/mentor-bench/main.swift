import Foundation
import MentorShell
import MentorStore

// Times Tab completion inside the process, where a person at the prompt waits for it:
//
//     mentor-bench DATABASE LINE...
//
// For each LINE (typed up to the cursor), completes it once to warm up, then 1,000
// times, and prints the median and the slowest time of one completion in microseconds
// and how many candidates it offered. scripts/bench runs it on a school of 2,000 mentees.

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2, let path = arguments.first else {
  FileHandle.standardError.write(Data("usage: mentor-bench DATABASE LINE...\n".utf8))
  exit(2)
}
let shell: Shell
do {
  let console = Console(isTerminal: false, usesColour: false, out: { _ in }, error: { _ in })
  shell = try Shell(store: Store(path: path), console: console, options: ShellOptions())
} catch {
  FileHandle.standardError.write(Data("mentor-bench: cannot open '\(path)': \(error)\n".utf8))
  exit(2)
}
for line in arguments.dropFirst() {
  let offered = shell.completions(atEndOf: line).count
  var times: [Double] = []
  for _ in 0..<1000 {
    let started = DispatchTime.now().uptimeNanoseconds
    _ = shell.completions(atEndOf: line)
    times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1000)
  }
  times.sort()
  let median = times[times.count / 2]
  let slowest = times[times.count - 1]
  print(
    "'\(line)': \(offered) candidates, median \(String(format: "%.1f", median)) µs,"
      + " slowest \(String(format: "%.1f", slowest)) µs")
}
