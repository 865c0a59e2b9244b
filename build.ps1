# Windows mirror of build.sh: .\build.ps1 build | test | run
# Dependencies come from vcpkg (poco[net,json], openssl, zlib, doctest); VCPKG_ROOT must point at a vcpkg checkout.
param([string]$Verb = "build")
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot

function Ensure-Dependencies {
    if (-not $env:VCPKG_ROOT) { throw "Set VCPKG_ROOT to your vcpkg folder (https://vcpkg.io)." }
    $vcpkg = Join-Path $env:VCPKG_ROOT "vcpkg.exe"
    & $vcpkg install "poco[net,json]:x64-windows" "openssl:x64-windows" "zlib:x64-windows" "doctest:x64-windows"
    if ($LASTEXITCODE -ne 0) { throw "vcpkg install failed" }
}

function Build-Tree {
    $toolchain = Join-Path $env:VCPKG_ROOT "scripts/buildsystems/vcpkg.cmake"
    cmake -S . -B build -DCMAKE_TOOLCHAIN_FILE="$toolchain"
    if ($LASTEXITCODE -ne 0) { throw "cmake configure failed" }
    cmake --build build --config RelWithDebInfo --parallel
    if ($LASTEXITCODE -ne 0) { throw "build failed" }
}

switch ($Verb) {
    "build" { Ensure-Dependencies; Build-Tree }
    "test" {
        Ensure-Dependencies; Build-Tree
        ctest --test-dir build -C RelWithDebInfo --output-on-failure
        if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    }
    "run" {
        Ensure-Dependencies; Build-Tree
        Write-Host "Chat: open http://localhost:8080/ in a browser (Ctrl+C stops the server)"
        & build\bin\RelWithDebInfo\headless-host.exe examples\chat
    }
    default { Write-Error "usage: .\build.ps1 build | test | run"; exit 2 }
}
