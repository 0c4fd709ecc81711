/** The catalogue's pages under /programmes and its API under /api/v1/programmes. */
package com.aidloop.programme.web;
