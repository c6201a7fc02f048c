import Glibc
import MentorShell

// The fuzzer: libFuzzer (linked in by -sanitize=fuzzer) runs the part of mentor named by
// MENTOR_FUZZ_TARGET (csv, words or script) on the inputs it makes up, with libFuzzer's
// own options on the command line. scripts/fuzz builds and runs it.

/// libFuzzer's entry point for a program with a `main` of its own.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzer(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The part of mentor fuzzed in this run, set once before the first input.
nonisolated(unsafe) var target = FuzzTarget.csv

let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
guard let name = getenv("MENTOR_FUZZ_TARGET"),
  let chosen = FuzzTarget(rawValue: String(cString: name))
else {
  let message = Array("mentor-fuzz: set MENTOR_FUZZ_TARGET to one of \(names)\n".utf8)
  _ = write(STDERR_FILENO, message, message.count)
  exit(2)
}
target = chosen

/// The function libFuzzer's own `main` would call. The build links that `main` in too, though
/// the one above runs; it must find this name.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  target.run(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(
  runFuzzer(&argc, &argv) { data, size in testOneInput(data, size) })
