import Foundation
import Regel

let arguments = Array(CommandLine.arguments.dropFirst())
exit(CommandLine.run(arguments))
