/** The department-list and register pages, and the API under /api/v1/comparison. */
package com.aidloop.comparison.web;
