/* SPDX-License-Identifier: GPL-2.0 */
/* Shim of <trace/events/kmem.h>: nothing the modelled fault path needs. */
#ifndef _SHIM_TRACE_EVENTS_KMEM_H
#define _SHIM_TRACE_EVENTS_KMEM_H
#endif
