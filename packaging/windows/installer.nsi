; Live Review Desk for Windows: a per-machine NSIS installer around the PyInstaller one-folder
; bundle (dist\reviewer from packaging/reviewer.spec). Written here and compiled here with
; Debian's makensis against a stand-in payload (.ci/steps/45-installer-scripts.sh); built for
; real by .github/workflows/installers.yml on a Windows runner. Not code-signed unless the
; workflow's signing secrets are set: SmartScreen warns about an unsigned installer.
;
; makensis -DVERSION=0.1.0 -DVERSION_QUAD=0.1.0.0 -DPAYLOAD=<bundle folder> -DOUTFILE=<exe>
;          packaging/windows/installer.nsi
; Silent install: LiveReviewDesk-Setup.exe /S  (optionally /D=C:\Path as the last argument)
; Silent uninstall: "%ProgramFiles%\Live Review Desk\uninstall.exe" /S
; The site file (%ProgramData%\live-review-desk\site.toml) is IT's: installed when absent,
; never overwritten, kept on uninstall (like the .deb's conffile).

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "pass -DVERSION=x.y.z (reviewer.__version__)"
!endif
!ifndef VERSION_QUAD
  !error "pass -DVERSION_QUAD=x.y.z.0"
!endif
!ifndef PAYLOAD
  !error "pass -DPAYLOAD=<the one-folder bundle>"
!endif
!ifndef OUTFILE
  !define OUTFILE "LiveReviewDesk-${VERSION}-Setup.exe"
!endif
!ifndef SITE_TEMPLATE
  !define SITE_TEMPLATE "../linux/site.toml"  ; makensis works from the script's folder
!endif

!define PRODUCT "Live Review Desk"
!define PUBLISHER "Live Review Desk"
!define EXE "reviewer.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\LiveReviewDesk"
!define SITE_DIR "live-review-desk"

!include "MUI2.nsh"
!include "x64.nsh"
!include "LogicLib.nsh"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
; per machine: every Windows account on the workstation gets the desk
RequestExecutionLevel admin
InstallDir "$PROGRAMFILES64\${PRODUCT}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${PRODUCT} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "Proprietary"

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${PRODUCT} needs 64-bit Windows." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Live Review Desk" SecMain
  SectionIn RO
  ; an update replaces the whole bundle: no file of an older version stays behind
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${PAYLOAD}/*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; IT's site file: a commented template when there is none, never overwritten
  CreateDirectory "$APPDATA\${SITE_DIR}"
  ${IfNot} ${FileExists} "$APPDATA\${SITE_DIR}\site.toml"
    SetOutPath "$APPDATA\${SITE_DIR}"
    File "/oname=site.toml" "${SITE_TEMPLATE}"
    SetOutPath "$INSTDIR"
  ${EndIf}

  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  ; only what the installer put there: never a recursive delete of a folder the user chose
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ; the site file stays (IT's); a user's own data stays too: `reviewer purge-local-data`
SectionEnd
