//go:build tools

// Package tools only pins github.com/hyperledger/fabric-ca: fabric-network/lib/ca.sh builds its two commands
// from this module, because the Go module proxy refuses the version list `go install ...@v1.5.21` asks for.
package tools

import (
	_ "github.com/hyperledger/fabric-ca/cmd/fabric-ca-client"
	_ "github.com/hyperledger/fabric-ca/cmd/fabric-ca-server"
)
