; Inno Setup 6 script: the ISSP Desktop installer for Windows office PCs.
;
;   pyinstaller --noconfirm packaging\issp-desktop.spec      (makes dist\issp-desktop\)
;   iscc packaging\windows\issp-desktop.iss                  (makes dist\issp-desktop-<version>-setup.exe)
;
; A per-user install: no administrator needed. The program goes to
; %LOCALAPPDATA%\Programs\ISSP Desktop, with a Start-menu shortcut and, if ticked, a desktop one.
; The version comes from the app itself (issp_desktop.__version__, written into the .exe's
; version information by the spec); pass /DAppVersion=x.y.z to iscc to override it.
;
; The data folder is NOT part of the install: the app keeps its database, backups, keys and logs
; in the platformdirs user data folder, %LOCALAPPDATA%\ISSP Desktop (or ISSP_DATA_DIR when set).
; Upgrading keeps it (the app backs the database up, then upgrades its schema, at first start);
; uninstalling leaves it where it is.

#define AppName "ISSP Desktop"
#define AppExe "issp-desktop.exe"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\issp-desktop"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(BundleDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error Build the bundle first (pyinstaller packaging\issp-desktop.spec): no version found in dist\issp-desktop\issp-desktop.exe
#endif

[Setup]
; Never change AppId: Windows finds the installed copy to upgrade or remove by it.
AppId={{2F1A1EE7-0267-4DC1-A9E9-383324AC03D7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ISSP Desktop contributors
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user, no administrator: under the user's own Programs folder.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#SourcePath}..\..\dist
OutputBaseFilename=issp-desktop-{#AppVersion}-setup
SetupIconFile={#SourcePath}..\..\resources\icons\issp-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running ISSP Desktop before replacing its files (Windows Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime so no file of the old version is left behind. Only the
; program folder: the data folder is elsewhere and is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Run the impact-sourcing centre"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed. The data folder
; (%LOCALAPPDATA%\ISSP Desktop) stays, so reinstalling finds the centre as it was.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox('ISSP Desktop has been removed. Your centre''s data (database, backups and keys) '
      + 'was kept in ' + ExpandConstant('{localappdata}\ISSP Desktop')
      + '. Delete that folder yourself only when you are sure nobody needs it.',
      mbInformation, MB_OK);
end;
