# Runs the Frosting build host on Windows: ./build.ps1 --target=PullRequest (default target: the local rehearsal).
# The host is rebuilt only when its sources changed, beside the old one, then swapped in: a running build keeps
# (and on Windows locks) the DLL it started from.
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$artifacts = Join-Path $PSScriptRoot 'artifacts'
$hostDir = Join-Path $artifacts 'build-host'
$dll = Join-Path $hostDir 'Build.dll'
$stale = -not (Test-Path $dll)
if (-not $stale) {
    $built = (Get-Item $dll).LastWriteTimeUtc
    $stale = @(Get-ChildItem build, global.json, Directory.Build.props, Directory.Packages.props -Recurse -File -Include *.cs, *.csproj, *.props, *.json |
        Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' -and $_.LastWriteTimeUtc -gt $built }).Count -gt 0
}
if ($stale) {
    New-Item -ItemType Directory -Force -Path $artifacts | Out-Null
    $fresh = Join-Path $artifacts ('.build-host.' + [guid]::NewGuid().ToString('N'))
    # Into the projects' own bin/ (no -o: another output folder is another set of global properties and makes
    # BuildTests compile Build and Pipeline a second time), then copied out.
    dotnet build build/Build/Build.csproj --nologo -v quiet -clp:ErrorsOnly -c Release
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    $out = dotnet msbuild build/Build/Build.csproj -nologo -getProperty:TargetDir -p:Configuration=Release
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    Copy-Item -Recurse (Join-Path $out.Trim() '*') (New-Item -ItemType Directory -Path $fresh)
    (Get-Item (Join-Path $fresh 'Build.dll')).LastWriteTimeUtc = Get-Date
    try {
        if (Test-Path $hostDir) { Move-Item $hostDir "$hostDir.old.$PID" }
        Move-Item $fresh $hostDir
    }
    catch {
        # Windows refuses to move a folder whose DLL a running build holds: run the fresh host where it is.
        Write-Warning "A running build holds $hostDir; this run uses $fresh."
        $dll = Join-Path $fresh 'Build.dll'
    }
    Get-ChildItem $artifacts -Directory -Filter 'build-host.old.*' | ForEach-Object {
        Remove-Item -Recurse -Force $_.FullName -ErrorAction SilentlyContinue
    }
}
dotnet $dll @args
exit $LASTEXITCODE
