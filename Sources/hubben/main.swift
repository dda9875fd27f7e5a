import Foundation
import HubbenApp

HubbenMain.runTasksOnEventLoops()
exit(await HubbenMain.run())
