package v1

import (
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
)

// EvictionMode says what memcached does when its memory is full.
// +kubebuilder:validation:Enum=LRU;None
type EvictionMode string

const (
	// EvictionModeLRU evicts the least recently used items.
	EvictionModeLRU EvictionMode = "LRU"
	// EvictionModeNone refuses new items.
	EvictionModeNone EvictionMode = "None"
)

// MemcachedSpec is the desired state of a Memcached.
type MemcachedSpec struct {
	// Size is the number of memcached pods.
	// +kubebuilder:validation:Minimum=1
	// +optional
	Size *int32 `json:"size,omitempty"`

	// ContainerPort is the port memcached listens on.
	ContainerPort int32 `json:"containerPort"`

	// Memory is the memory limit of each pod.
	// +optional
	Memory *resource.Quantity `json:"memory,omitempty"`

	// MaxUnavailable pods during an update: a number or a percentage.
	// +optional
	MaxUnavailable *intstr.IntOrString `json:"maxUnavailable,omitempty"`

	// ExtraArgs are given to memcached.
	// +optional
	ExtraArgs []string `json:"extraArgs,omitempty"`

	// PodLabels are added to the pods.
	// +optional
	PodLabels map[string]string `json:"podLabels,omitempty"`

	// Tolerations of the pods.
	// +optional
	Tolerations []corev1.Toleration `json:"tolerations,omitempty"`

	// Mode is the eviction mode.
	// +optional
	Mode EvictionMode `json:"mode,omitempty"`
}

// MemcachedStatus is the observed state of a Memcached.
type MemcachedStatus struct {
	// Conditions of the deployment.
	// +listType=map
	// +listMapKey=type
	// +optional
	Conditions []metav1.Condition `json:"conditions,omitempty"`

	// Nodes running a memcached pod.
	Nodes []string `json:"nodes"`

	// LastScaleTime is when the size last changed.
	// +optional
	LastScaleTime *metav1.Time `json:"lastScaleTime,omitempty"`
}

// +kubebuilder:object:root=true
// +kubebuilder:subresource:status

// Memcached is a memcached deployment.
type Memcached struct {
	metav1.TypeMeta   `json:",inline"`
	metav1.ObjectMeta `json:"metadata,omitempty"`

	Spec   MemcachedSpec   `json:"spec,omitempty"`
	Status MemcachedStatus `json:"status,omitempty"`
}

// +kubebuilder:object:root=true

// MemcachedList is a list of Memcached.
type MemcachedList struct {
	metav1.TypeMeta `json:",inline"`
	metav1.ListMeta `json:"metadata,omitempty"`
	Items           []Memcached `json:"items"`
}

func init() {
	SchemeBuilder.Register(&Memcached{}, &MemcachedList{})
}
