import Foundation
import HubbenApp

exit(await HubbenMain.run())
