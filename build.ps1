# Runs the Frosting build host on Windows: ./build.ps1 --target=PullRequest
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
$hostDir = Join-Path $PSScriptRoot 'artifacts/build-host'
$dll = Join-Path $hostDir 'Build.dll'
$stale = -not (Test-Path $dll)
if (-not $stale) {
    $built = (Get-Item $dll).LastWriteTimeUtc
    $stale = @(Get-ChildItem build, global.json, Directory.Build.props, Directory.Packages.props -Recurse -File -Include *.cs, *.csproj, *.props, *.json |
        Where-Object { $_.LastWriteTimeUtc -gt $built }).Count -gt 0
}
if ($stale) {
    dotnet build build/Build/Build.csproj --nologo -v quiet -clp:ErrorsOnly -c Release -o $hostDir
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    (Get-Item $dll).LastWriteTimeUtc = Get-Date
}
dotnet $dll @args
exit $LASTEXITCODE
