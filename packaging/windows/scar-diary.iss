; Inno Setup script for Windows: build the bundle first (`make bundle` on Windows, which also
; makes scar-diary.ico), then compile this with Inno Setup 6 (iscc packaging\windows\scar-diary.iss).
; It installs for the current user only (no administrator rights) and never touches the diary.

#define AppName "Scar Diary"
#define AppVersion "0.1.0"
#define AppExe "scar-diary.exe"

[Setup]
AppId={{6F3E2A54-9C1B-4F4D-8E2A-5C0D7B1E3A92}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=The Scar Diary developers
DefaultDirName={localappdata}\Programs\Scar Diary
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=scar-diary-{#AppVersion}-setup
SetupIconFile=scar-diary.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\scar-diary\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
