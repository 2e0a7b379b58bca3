// Package v1 holds the API types of the cache.example.com/v1 group: a custom resource
// written the way a kubebuilder project writes one, as the input of kcodec-typegen's
// `package` command.
// +kubebuilder:object:generate=true
// +groupName=cache.example.com
package v1

import (
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/scheme"
)

var (
	// GroupVersion is the group and version of these objects.
	GroupVersion = schema.GroupVersion{Group: "cache.example.com", Version: "v1"}

	// SchemeBuilder adds the Go types to a scheme under GroupVersion.
	SchemeBuilder = &scheme.Builder{GroupVersion: GroupVersion}

	// AddToScheme adds this group version's types to a scheme.
	AddToScheme = SchemeBuilder.AddToScheme
)
