import HubbenApp
await HubbenMain.run()
