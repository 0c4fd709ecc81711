/** Three-party review's pages (queues, one application, settings) and its API under /api/v1/identification/three-party. */
package com.aidloop.identification.threeparty.web;
